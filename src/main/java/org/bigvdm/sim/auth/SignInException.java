package org.bigvdm.sim.auth;

/** A refused sign-in; the message holds the phrase the real auth service uses. */
public final class SignInException extends RuntimeException {
    public static final String BAD_CREDENTIALS = "Bad login credentials";
    public static final String MISSING_2FA = "Missing 2FA";
    public static final String BADLY_FORMED = "Badly-formed parameters";

    private final int status;

    public SignInException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
