package org.bigvdm.sim.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The nested view ({@code view=overview}): servers and discs grouped by parent in one pass each,
 * so an overview of thousands of servers stays linear. Built under the estate's read lock.
 */
record Overview(Map<Long, List<Group>> groupsByAccount, Map<Long, List<VirtualMachine>> vmsByGroup) {

    static Overview of(Collection<Account> accounts, Collection<Group> groups, Collection<VirtualMachine> vms,
                       Collection<Disc> discs, boolean includeDeleted) {
        Map<Long, List<Disc>> discsByVm = new HashMap<>();
        for (Disc d : discs) {
            discsByVm.computeIfAbsent(d.virtualMachineId(), k -> new ArrayList<>()).add(d);
        }
        Map<Long, List<VirtualMachine>> vmsByGroup = new HashMap<>();
        for (VirtualMachine v : vms) {
            if (includeDeleted || !v.deleted()) {
                vmsByGroup.computeIfAbsent(v.groupId(), k -> new ArrayList<>())
                        .add(Records.withDiscs(v, discsByVm.getOrDefault(v.id(), List.of())));
            }
        }
        Map<Long, List<Group>> groupsByAccount = new HashMap<>();
        for (Group g : groups) {
            groupsByAccount.computeIfAbsent(g.accountId(), k -> new ArrayList<>())
                    .add(new Group(g.id(), g.accountId(), g.name(), vmsByGroup.getOrDefault(g.id(), List.of())));
        }
        return new Overview(groupsByAccount, vmsByGroup);
    }

    Account account(Account a) {
        var gs = new ArrayList<>(groupsByAccount.getOrDefault(a.id(), List.of()));
        gs.sort(Comparator.comparingLong(Group::id));
        return new Account(a.id(), a.name(), a.suspended(), gs);
    }

    Group group(Group g) {
        return new Group(g.id(), g.accountId(), g.name(), vmsByGroup.getOrDefault(g.id(), List.of()));
    }
}
