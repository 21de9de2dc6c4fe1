package org.bigvdm.sim;

/** URL paths into the demo estate that several tests use. */
final class Paths {
    static final String PRODUCTION = "/accounts/acme-web/groups/production";
    static final String WWW1 = PRODUCTION + "/virtual_machines/www1";
    static final String DB1 = PRODUCTION + "/virtual_machines/db1";
    /** Powered off, with two discs. */
    static final String BUILD = "/accounts/acme-web/groups/default/virtual_machines/build";
    /** Powered off. */
    static final String STAGING_DB = "/accounts/acme-web/groups/staging/virtual_machines/db";
    /** Deleted. */
    static final String OLDSHOP = "/accounts/acme-web/groups/staging/virtual_machines/oldshop";
    /** Eight discs already. */
    static final String FILES = "/accounts/northwind/groups/office/virtual_machines/files";

    private Paths() {
    }

    static long www1Id(BigVSimulator sim) {
        return sim.state().vmId("acme-web", "production", "www1");
    }
}
