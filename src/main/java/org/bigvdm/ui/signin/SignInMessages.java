package org.bigvdm.ui.signin;

import java.net.URI;
import org.bigvdm.service.UserError;

/** The words the sign-in dialog shows. Kept apart so the ViewModel reads as a flow. */
final class SignInMessages {
    static final String WRONG_CREDENTIALS = "Wrong username or password";
    static final String ENTER_USERNAME = "Enter your username";
    static final String ENTER_PASSWORD = "Enter your password";
    static final String ENTER_CODE = "Enter the code from your authenticator app";
    static final String CODE_REJECTED = "Wrong code: it was not accepted; enter the current one";
    static final String TWO_FACTOR_NEEDED = "This account uses two-factor authentication: enter the current code.";
    static final String ENTER_API_KEY = "Enter an API key";
    static final String NOT_AN_API_KEY = "An API key starts with apikey.";
    static final String API_KEY_REJECTED = "This API key was not accepted";
    static final String BYTEMARK_TOKEN_EXPIRED =
            "The token saved by the bytemark tool has expired; sign in with your password.";

    /** How every "could not reach" message starts. */
    static final String UNREACHABLE_PREFIX = "Could not reach ";

    private SignInMessages() {
    }

    /** "Could not reach auth.bytemark.co.uk", with why when that helps the user. */
    static String unreachable(URI where, UserError.Kind kind) {
        String host = where.getHost() + (where.getPort() == -1 ? "" : ":" + where.getPort());
        String why = switch (kind) {
            case TIMEOUT -> " (no answer in time)";
            case TLS -> " (the secure connection failed)";
            case UNKNOWN_HOST -> " (no such host name)";
            case REFUSED -> " (connection refused)";
            default -> "";
        };
        return UNREACHABLE_PREFIX + host + why;
    }
}
