package org.bigvdm.ui.activity;

/** Shows the server (and disc) an entry names, if it still exists. */
@FunctionalInterface
public interface ActivityNavigator {
    /**
     * @param serverKey the server's node key
     * @param discId    the disc to select, or null
     * @return false when the server is no longer there
     */
    boolean show(String serverKey, Long discId);
}
