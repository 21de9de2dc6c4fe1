package org.bigvdm.sim.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * What a saved estate must hold to be served: the invariants the simulator keeps for every
 * change, checked once for a file it did not write itself (edited by hand, or by another
 * version). Serving a file that breaks them would answer requests the real service never could:
 * a ninth disc, two discs one label addresses, a disc of a server that is not there, a backup of
 * a disc that is not there.
 */
final class SnapshotRules {
    private SnapshotRules() {
    }

    /** The first rule the estate breaks, in words that name the record; empty when it keeps them all. */
    static Optional<String> firstProblem(Snapshot s) {
        return duplicateId("account", s.accounts(), Account::id)
                .or(() -> duplicateId("group", s.groups(), Group::id))
                .or(() -> duplicateId("server", s.virtualMachines(), VirtualMachine::id))
                .or(() -> duplicateId("disc", s.discs(), Disc::id))
                .or(() -> duplicateName("account", s.accounts(), a -> "all", Account::name))
                .or(() -> groupsProblem(s))
                .or(() -> serversProblem(s))
                .or(() -> discsProblem(s))
                .or(() -> backupsProblem(s));
    }

    /** Backups have ids of their own and a parent disc in the file; labels address them per disc. */
    private static Optional<String> backupsProblem(Snapshot s) {
        return duplicateId("backup", s.backups(), StoredBackup::id)
                .or(() -> orphan("backup", s.backups(), StoredBackup::id, StoredBackup::label, "disc",
                        StoredBackup::parentDiscId, ids(s.discs(), Disc::id)))
                .or(() -> duplicateName("backup", s.backups(), StoredBackup::parentDiscId, StoredBackup::label));
    }

    private static Optional<String> groupsProblem(Snapshot s) {
        return orphan("group", s.groups(), Group::id, Group::name, "account", Group::accountId, ids(s.accounts(), Account::id))
                .or(() -> duplicateName("group", s.groups(), Group::accountId, Group::name));
    }

    private static Optional<String> serversProblem(Snapshot s) {
        return orphan("server", s.virtualMachines(), VirtualMachine::id, VirtualMachine::name, "group",
                VirtualMachine::groupId, ids(s.groups(), Group::id))
                .or(() -> duplicateName("server", s.virtualMachines(), VirtualMachine::groupId, VirtualMachine::name));
    }

    /** The first record whose parent is not in the file. */
    private static <T> Optional<String> orphan(String kind, List<T> items, ToLongFunction<T> id, Function<T, String> name,
                                               String parentKind, ToLongFunction<T> parent, Set<Long> parents) {
        for (T item : items) {
            if (!parents.contains(parent.applyAsLong(item))) {
                return Optional.of(kind + " " + id.applyAsLong(item) + " (" + name.apply(item) + ") belongs to "
                        + parentKind + " " + parent.applyAsLong(item) + ", which is not in the file");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> discsProblem(Snapshot s) {
        Map<Long, VirtualMachine> servers = new HashMap<>();
        s.virtualMachines().forEach(vm -> servers.put(vm.id(), vm));
        Map<Long, List<Disc>> byServer = new HashMap<>();
        for (Disc d : s.discs()) {
            if (d.virtualMachineId() == null || !servers.containsKey(d.virtualMachineId())) {
                return Optional.of("disc " + d.id() + " (" + d.label() + ") belongs to server " + d.virtualMachineId()
                        + ", which is not in the file");
            }
            if (d.label() == null || d.label().isBlank()) {
                return Optional.of("disc " + d.id() + " has no label");
            }
            List<Disc> mine = byServer.computeIfAbsent(d.virtualMachineId(), k -> new ArrayList<>());
            for (Disc other : mine) {
                if (DiscRules.sameLabel(other.label(), d.label())) {
                    return Optional.of("discs " + other.id() + " (\"" + other.label() + "\") and " + d.id() + " (\""
                            + d.label() + "\") of server " + describe(servers, d) + " have one label (case and Unicode"
                            + " form do not count)");
                }
            }
            mine.add(d);
            if (mine.size() > DiscRules.MAX_DISCS_PER_SERVER) {
                return Optional.of("server " + describe(servers, d) + " has more than " + DiscRules.MAX_DISCS_PER_SERVER
                        + " discs");
            }
        }
        return Optional.empty();
    }

    private static String describe(Map<Long, VirtualMachine> servers, Disc d) {
        VirtualMachine vm = servers.get(d.virtualMachineId());
        return vm.id() + " (" + vm.name() + ")";
    }

    private static <T> Optional<String> duplicateId(String kind, List<T> items, ToLongFunction<T> id) {
        Set<Long> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.applyAsLong(item))) {
                return Optional.of("two records of kind " + kind + " have the id " + id.applyAsLong(item));
            }
        }
        return Optional.empty();
    }

    /** Names address records in URLs: two with one name under one parent could not both be reached. */
    private static <T> Optional<String> duplicateName(String kind, List<T> items, Function<T, Object> parent,
                                                      Function<T, String> name) {
        Set<List<Object>> seen = new HashSet<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n == null || n.isBlank()) {
                return Optional.of("a " + kind + " has no name");
            }
            if (!seen.add(List.of(parent.apply(item), n))) {
                return Optional.of("two records of kind " + kind + " are named \"" + n + "\" in one place");
            }
        }
        return Optional.empty();
    }

    private static <T> Set<Long> ids(List<T> items, ToLongFunction<T> id) {
        Set<Long> out = new HashSet<>();
        items.forEach(i -> out.add(id.applyAsLong(i)));
        return out;
    }
}
