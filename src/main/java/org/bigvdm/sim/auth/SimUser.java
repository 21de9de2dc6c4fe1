package org.bigvdm.sim.auth;

/**
 * A user the simulator knows. {@code secondFactor} is null for users without 2FA; {@code grants}
 * says which privileges the user holds on the estate, and so which changes answer 403.
 */
public record SimUser(String username, String password, String secondFactor, Grants grants) {

    /** The privileges a user holds, as rules over whatever estate the simulator runs. */
    public enum Grants {
        /** {@code account_admin} on every account: may change everything. */
        EVERY_ACCOUNT,
        /** {@code vm_console} on every server: may read everything and change nothing. */
        CONSOLE_ONLY,
        /**
         * {@code account_admin} on the first account; on every other account {@code group_admin}
         * on each group but {@code default}, and {@code vm_console} on the servers of
         * {@code default}. Some servers may be changed, others only read.
         */
        MIXED
    }

    public static final SimUser DEMO = new SimUser("demo", "demo", null, Grants.EVERY_ACCOUNT);
    public static final SimUser TWO_FACTOR = new SimUser("twofactor", "twofactor", "123456", Grants.EVERY_ACCOUNT);
    public static final SimUser READ_ONLY = new SimUser("readonly", "readonly", null, Grants.CONSOLE_ONLY);
    public static final SimUser MIXED = new SimUser("mixed", "mixed", null, Grants.MIXED);

    /** The API key that acts as the demo user; tokens starting {@code apikey.} are keys. */
    public static final String DEMO_API_KEY = "apikey.demo-0000";

    public static SimUser byName(String username) {
        for (SimUser u : new SimUser[] {DEMO, TWO_FACTOR, READ_ONLY, MIXED}) {
            if (u.username.equals(username)) {
                return u;
            }
        }
        return null;
    }

    /** Whether the user may change anything at all. */
    public boolean canWrite() {
        return grants != Grants.CONSOLE_ONLY;
    }

    @Override
    public String toString() {
        return "SimUser[" + username + "]"; // never the password
    }
}
