package org.bigvdm.service;

/**
 * Stable string keys for tree nodes, built from ids (names can change), so a refresh can keep
 * the selection and expanded nodes.
 */
public final class NodeKeys {
    /** The "All accounts" node above every account. */
    public static final String ALL = "*";

    private NodeKeys() {
    }

    public static String account(long accountId) {
        return "a" + accountId;
    }

    public static String group(long accountId, long groupId) {
        return account(accountId) + "/g" + groupId;
    }

    public static String server(long accountId, long groupId, long vmId) {
        return group(accountId, groupId) + "/s" + vmId;
    }

    /** True when {@code key} is {@code ancestor} or lies below it. */
    public static boolean isWithin(String key, String ancestor) {
        return key.equals(ancestor) || ALL.equals(ancestor) || key.startsWith(ancestor + "/");
    }
}
