package org.bigvdm.service;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * What the signed-in user may change: the one place that knows. Today it learns from 403s, per
 * account: a change refused with 403 on a server that is still there marks its account
 * read-only. Later it can also be filled from the service's list of privileges (per server,
 * group or account) without its readers changing. UI thread only.
 */
public final class AccessRights {
    private final ObservableSet<Long> readOnlyAccounts = FXCollections.observableSet();

    /** False when the user may look at this server but not change it. */
    public boolean mayChange(ServerEntry server) {
        return !readOnlyAccounts.contains(server.account().id());
    }

    public void markReadOnly(long accountId) {
        readOnlyAccounts.add(accountId);
    }

    /** A new sign-in may bring other rights: forget what was learnt. */
    public void forget() {
        readOnlyAccounts.clear();
    }

    /** Changes whenever what the user may change changes, for bindings such as "why is this off". */
    public Observable changes() {
        return readOnlyAccounts;
    }
}
