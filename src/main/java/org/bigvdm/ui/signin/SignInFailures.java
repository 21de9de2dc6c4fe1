package org.bigvdm.ui.signin;

import java.net.URI;
import org.bigvdm.api.Endpoints;
import org.bigvdm.service.UserError;
import org.bigvdm.service.UserError.Kind;

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
    static String describe(URI where, UserError e) {
        return e.kind().isNetwork() ? SignInMessages.unreachable(where, e.kind()) : e.oneLine();
    }

    void passwordFailed(UserError e, boolean codeSent) {
        if (e.kind() == Kind.CODE_NEEDED) {
            // keep username and password: the next submit sends them again with the code
            form.forgetCodes(); // before the error: editing the code clears its error
            if (codeSent) {
                form.field(SignInField.CODE).show(SignInMessages.CODE_REJECTED);
            }
            form.codeRequired.set(true);
            form.notice.set(SignInMessages.TWO_FACTOR_NEEDED);
            return;
        }
        if (e.kind() == Kind.WRONG_CREDENTIALS && codeSent && form.codeRequired.get()) {
            // the service asked for a code after it accepted this password, and answers a wrong
            // code with the same words as a wrong password: it is the code, keep the password
            form.forgetCodes();
            form.field(SignInField.CODE).show(SignInMessages.CODE_REJECTED);
            return;
        }
        if (e.kind().isNetwork()) {
            // the service never judged the password, so the user may simply retry
            form.state.showGeneral(SignInMessages.unreachable(endpoints.auth(), e.kind()));
            return;
        }
        form.password.set("");
        form.forgetCodes();
        if (e.kind() == Kind.WRONG_CREDENTIALS) {
            form.field(SignInField.PASSWORD).show(SignInMessages.WRONG_CREDENTIALS);
        } else {
            form.state.showGeneral(describe(endpoints.auth(), e));
        }
    }

    /** API keys are checked against the brain, so that is the service named when it is unreachable. */
    void apiKeyFailed(UserError e) {
        if (e.kind() == Kind.SIGN_IN_NEEDED || e.kind() == Kind.FORBIDDEN || e.kind() == Kind.GONE) {
            form.apiKey.set("");
            form.field(SignInField.API_KEY).show(SignInMessages.API_KEY_REJECTED);
        } else {
            form.state.showGeneral(describe(endpoints.brain(), e));
        }
    }

    void bytemarkTokenFailed(UserError e) {
        if (e.kind() == Kind.GONE || e.kind() == Kind.SIGN_IN_NEEDED) {
            form.state.showGeneral(SignInMessages.BYTEMARK_TOKEN_EXPIRED);
        } else {
            form.state.showGeneral(describe(endpoints.auth(), e));
        }
    }
}
