package org.bigvdm.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.bigvdm.api.model.Privilege;

/**
 * What the signed-in user may change: the one place that knows. It reads the user's privileges
 * at sign-in ({@code vm_admin} on a server, {@code group_admin} on its group, {@code account_admin}
 * on its account or {@code cluster_admin} may change its discs; {@code vm_console} alone may only
 * look), and learns from 403s: a change refused with 403 on a server that is still there marks its
 * account read-only, whatever the privileges said. Until privileges are read everything is taken
 * as changeable (the service still decides). UI thread only.
 */
public final class AccessRights {
    private final Set<Long> readOnlyAccounts = new HashSet<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();
    /** Null while the privileges are not known. */
    private Grants grants;

    /** False when the user may look at this server but not change it. */
    public boolean mayChange(ServerEntry server) {
        if (readOnlyAccounts.contains(server.account().id())) {
            return false;
        }
        return grants == null || grants.cover(server);
    }

    public void markReadOnly(long accountId) {
        if (readOnlyAccounts.add(accountId)) {
            changed();
        }
    }

    /**
     * What {@code GET /users/{u}/privileges} answered for the signed-in user. An empty list tells
     * nothing (a service that lists no privileges for owners must not turn everything off).
     */
    public void usePrivileges(List<Privilege> privileges) {
        grants = privileges.isEmpty() ? null : Grants.of(privileges);
        changed();
    }

    /** True once privileges were read for this sign-in (and listed any). */
    public boolean privilegesKnown() {
        return grants != null;
    }

    /** A new sign-in may bring other rights: forget what was learnt and read. */
    public void forget() {
        readOnlyAccounts.clear();
        grants = null;
        changed();
    }

    /** Changes whenever what the user may change changes, for bindings such as "why is this off". */
    public Observable changes() {
        return version.getReadOnlyProperty();
    }

    private void changed() {
        version.set(version.get() + 1);
    }

    /** The levels that may change discs, by the target they name. */
    private record Grants(boolean everything, Set<Long> accounts, Set<Long> groups, Set<Long> servers) {
        static Grants of(List<Privilege> privileges) {
            boolean all = false;
            Set<Long> accounts = new HashSet<>();
            Set<Long> groups = new HashSet<>();
            Set<Long> servers = new HashSet<>();
            for (Privilege p : privileges) {
                String level = p.level() == null ? "" : p.level();
                switch (level) {
                    case Privilege.CLUSTER_ADMIN -> all = true;
                    case Privilege.ACCOUNT_ADMIN -> addIfSet(accounts, p.accountId());
                    case Privilege.GROUP_ADMIN -> addIfSet(groups, p.groupId());
                    case Privilege.VM_ADMIN -> addIfSet(servers, p.virtualMachineId());
                    default -> { } // vm_console and unknown levels change nothing
                }
            }
            return new Grants(all, accounts, groups, servers);
        }

        private static void addIfSet(Set<Long> set, Long id) {
            if (id != null) {
                set.add(id);
            }
        }

        boolean cover(ServerEntry s) {
            return everything || accounts.contains(s.account().id()) || groups.contains(s.group().id())
                    || servers.contains(s.vm().id());
        }
    }
}
