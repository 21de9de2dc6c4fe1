package org.bigvdm.api;

import java.util.Objects;

/**
 * What the user typed to sign in. {@code validitySeconds} is at most 3600; {@code twoFactorCode}
 * and {@code yubikeyOtp} may be null. {@link #toString()} never shows the password.
 */
public record Credentials(String username, char[] password, int validitySeconds,
                          String twoFactorCode, String yubikeyOtp) {

    public static final int DEFAULT_VALIDITY = 1800;

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (validitySeconds < 1 || validitySeconds > 3600) {
            throw new IllegalArgumentException("validity must be 1..3600 seconds");
        }
    }

    public static Credentials of(String username, char[] password) {
        return new Credentials(username, password, DEFAULT_VALIDITY, null, null);
    }

    public Credentials withTwoFactorCode(String code) {
        return new Credentials(username, password, validitySeconds, code, yubikeyOtp);
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
