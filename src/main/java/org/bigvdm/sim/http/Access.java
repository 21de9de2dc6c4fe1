package org.bigvdm.sim.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.auth.SimUser;
import org.bigvdm.sim.state.Snapshot;

/**
 * What each simulator user may do, as the privileges {@code GET /users/{username}/privileges}
 * lists, and the one check every change goes through: a change to a server is allowed when a
 * privilege covers it ({@code account_admin} on its account, {@code group_admin} on its group,
 * {@code vm_admin} on it). {@code vm_console} allows reading only.
 */
final class Access {
    private static final String DEFAULT_GROUP = "default";

    private Access() {
    }

    /** The user's privileges on {@code estate}, in a stable order with stable ids. */
    static List<Privilege> privileges(SimUser user, Snapshot estate) {
        List<Account> accounts = new ArrayList<>(estate.accounts());
        accounts.sort(Comparator.comparingLong(Account::id));
        Map<Long, Group> groups = new HashMap<>();
        estate.groups().forEach(g -> groups.put(g.id(), g));
        String name = user.username();
        List<Privilege> out = new ArrayList<>();
        switch (user.grants()) {
            case EVERY_ACCOUNT -> accounts.forEach(a -> out.add(onAccount(name, a)));
            case CONSOLE_ONLY -> estate.virtualMachines().forEach(vm -> out.add(console(name, vm)));
            case MIXED -> {
                long first = accounts.isEmpty() ? -1 : accounts.get(0).id();
                accounts.stream().filter(a -> a.id() == first).forEach(a -> out.add(onAccount(name, a)));
                estate.groups().stream()
                        .filter(g -> g.accountId() != first && !DEFAULT_GROUP.equals(g.name()))
                        .forEach(g -> out.add(Privilege.onGroup(id(g.id(), 2), name, Privilege.GROUP_ADMIN, g.id(),
                                g.name())));
                estate.virtualMachines().stream()
                        .filter(vm -> {
                            Group g = groups.get(vm.groupId());
                            return g != null && g.accountId() != first && DEFAULT_GROUP.equals(g.name());
                        })
                        .forEach(vm -> out.add(console(name, vm)));
            }
        }
        return out;
    }

    /** Whether a privilege of the user lets them change the server {@code vmId} and its discs. */
    static boolean mayChange(SimUser user, Snapshot estate, long vmId) {
        if (!user.canWrite()) {
            return false;
        }
        VirtualMachine vm = estate.virtualMachines().stream().filter(v -> v.id() == vmId).findFirst().orElse(null);
        Group group = vm == null ? null
                : estate.groups().stream().filter(g -> g.id() == vm.groupId()).findFirst().orElse(null);
        if (group == null) {
            return true; // nothing to protect: the handler answers 404
        }
        for (Privilege p : privileges(user, estate)) {
            boolean covers = switch (p.level()) {
                case Privilege.ACCOUNT_ADMIN -> p.accountId() != null && p.accountId() == group.accountId();
                case Privilege.GROUP_ADMIN -> p.groupId() != null && p.groupId() == group.id();
                case Privilege.VM_ADMIN -> p.virtualMachineId() != null && p.virtualMachineId() == vmId;
                default -> false;
            };
            if (covers) {
                return true;
            }
        }
        return false;
    }

    private static Privilege onAccount(String username, Account a) {
        return Privilege.onAccount(id(a.id(), 1), username, Privilege.ACCOUNT_ADMIN, a.id(), a.name());
    }

    private static Privilege console(String username, VirtualMachine vm) {
        return Privilege.onServer(id(vm.id(), 3), username, Privilege.VM_CONSOLE, vm.id(), vm.name());
    }

    /** Estate ids are unique across kinds, so target and level make a unique, stable id. */
    private static long id(long targetId, int level) {
        return targetId * 4 + level;
    }
}
