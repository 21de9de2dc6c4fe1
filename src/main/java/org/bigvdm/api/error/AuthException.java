package org.bigvdm.api.error;

/** Sign-in failed at the auth service; {@link #reason()} tells why. */
public final class AuthException extends ApiException {
    /** Why the auth service said no. */
    public enum Reason { BAD_CREDENTIALS, MISSING_2FA, MALFORMED, OTHER }

    private final Reason reason;

    public AuthException(int status, Reason reason, String message) {
        super(status, message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
