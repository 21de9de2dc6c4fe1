package org.bigvdm.api;

/**
 * API keys are long-lived tokens that start with {@code apikey.}: they go out as the bearer
 * token as they are, and the auth service is never asked about them.
 */
public final class ApiKeys {
    public static final String PREFIX = "apikey.";

    private ApiKeys() {
    }

    public static boolean isApiKey(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() > PREFIX.length();
    }
}
