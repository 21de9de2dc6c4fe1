package org.bigvdm.ui.signin;

import java.net.URI;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;

/**
 * How a failed sign-in shows in the form: beside the field the service judged, or as a general
 * line naming what could not be reached. Which input survives matters as much as the words.
 */
final class SignInFailures {
    private final SignInForm form;
    private final Endpoints endpoints;

    SignInFailures(SignInForm form, Endpoints endpoints) {
        this.form = form;
        this.endpoints = endpoints;
    }

    /** "Could not reach auth.bytemark.co.uk" for network trouble, else the failure in words. */
    static String describe(URI where, Throwable e) {
        return e instanceof NetworkException n ? SignInMessages.unreachable(where, n) : SignInMessages.other(e);
    }

    void passwordFailed(Throwable e, boolean codeSent) {
        if (e instanceof AuthException auth && auth.reason() == AuthException.Reason.MISSING_2FA) {
            // keep username and password: the next submit sends them again with the code
            form.forgetCodes(); // before the error: editing the code clears its error
            if (codeSent) {
                form.errors.set(SignInField.CODE, SignInMessages.CODE_REJECTED);
            }
            form.codeRequired.set(true);
            form.notice.set(SignInMessages.TWO_FACTOR_NEEDED);
            return;
        }
        if (e instanceof NetworkException network) {
            // the service never judged the password, so the user may simply retry
            form.errors.setGeneral(SignInMessages.unreachable(endpoints.auth(), network));
            return;
        }
        form.password.set("");
        form.forgetCodes();
        if (e instanceof AuthException auth && auth.reason() == AuthException.Reason.BAD_CREDENTIALS) {
            form.errors.set(SignInField.PASSWORD, SignInMessages.WRONG_CREDENTIALS);
        } else {
            form.errors.setGeneral(describe(endpoints.auth(), e));
        }
    }

    /** API keys are checked against the brain, so that is the service named when it is unreachable. */
    void apiKeyFailed(Throwable e) {
        if (e instanceof UnauthorizedException || e instanceof ForbiddenException || e instanceof NotFoundException) {
            form.apiKey.set("");
            form.errors.set(SignInField.API_KEY, SignInMessages.API_KEY_REJECTED);
        } else {
            form.errors.setGeneral(describe(endpoints.brain(), e));
        }
    }

    void bytemarkTokenFailed(Throwable e) {
        if (e instanceof NotFoundException || e instanceof UnauthorizedException) {
            form.errors.setGeneral(SignInMessages.BYTEMARK_TOKEN_EXPIRED);
        } else {
            form.errors.setGeneral(describe(endpoints.auth(), e));
        }
    }
}
