package org.bigvdm.sim.auth;

/**
 * A user the simulator knows. {@code secondFactor} is null for users without 2FA;
 * {@code canWrite} false makes every change answer 403.
 */
public record SimUser(String username, String password, String secondFactor, boolean canWrite) {

    public static final SimUser DEMO = new SimUser("demo", "demo", null, true);
    public static final SimUser TWO_FACTOR = new SimUser("twofactor", "twofactor", "123456", true);
    public static final SimUser READ_ONLY = new SimUser("readonly", "readonly", null, false);

    /** The API key that acts as the demo user; tokens starting {@code apikey.} are keys. */
    public static final String DEMO_API_KEY = "apikey.demo-0000";

    public static SimUser byName(String username) {
        for (SimUser u : new SimUser[] {DEMO, TWO_FACTOR, READ_ONLY}) {
            if (u.username.equals(username)) {
                return u;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "SimUser[" + username + "]"; // never the password
    }
}
