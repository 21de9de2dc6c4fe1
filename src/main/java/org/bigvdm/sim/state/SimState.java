package org.bigvdm.sim.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.time.Timeline;

/**
 * The estate, safe to use from many threads: one read-write lock around everything, because
 * correctness matters more than throughput here. Reads return immutable records; changes go
 * through {@link DiscOperations}, {@link ServerOperations} and {@link BackupOperations}, each
 * checked and applied under the write lock, then handed to the change listener (the data file)
 * while still holding it so saved snapshots are in order. Timed changes (a powerdown finishing, a
 * backup completing, a schedule's run) are scheduled on the estate's {@link Timeline} and apply
 * through the same lock.
 */
public final class SimState {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Supplier<Snapshot> initial;
    private final Timeline timeline;
    private final BackupStore backupStore;
    private volatile SaveOnChange saver; // null: nobody wants snapshots

    // Guarded by lock. Records are stored without children; the links are ids.
    private long nextId;
    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<Long, Group> groups = new LinkedHashMap<>();
    private final Map<Long, VirtualMachine> vms = new LinkedHashMap<>();
    private final Map<Long, Disc> discs = new LinkedHashMap<>();

    /** {@code initial}: the estate to start from and {@link #reset()} to; {@code backupDelay}: per 100 GiB. */
    public SimState(Supplier<Snapshot> initial, Timeline timeline, Duration backupDelay) {
        this.initial = initial;
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.backupStore = new BackupStore(backupDelay);
        load(initial.get());
    }

    /**
     * Called with every changed estate, under the lock; the data file hooks in here. A listener
     * that throws undoes the change and fails it with a 500 ({@link SaveOnChange}).
     */
    public void onChange(Consumer<Snapshot> listener) {
        Objects.requireNonNull(listener);
        write(() -> saver = new SaveOnChange(listener, snapshotLocked()));
    }

    /** Replaces the whole estate, e.g. with what a data file held; pending transitions go. */
    public void load(Snapshot snapshot) {
        timeline.clear();
        write(() -> {
            accounts.clear();
            groups.clear();
            vms.clear();
            discs.clear();
            snapshot.accounts().forEach(a -> accounts.put(a.id(), new Account(a.id(), a.name(), a.suspended(), null)));
            snapshot.groups().forEach(g -> groups.put(g.id(), new Group(g.id(), g.accountId(), g.name(), null)));
            snapshot.virtualMachines().forEach(v -> vms.put(v.id(), Records.stored(v)));
            snapshot.discs().forEach(d -> discs.put(d.id(), d));
            backupStore.load(snapshot.backups());
            long maxId = backupStore.maxId();
            for (var ids : List.of(accounts.keySet(), groups.keySet(), vms.keySet(), discs.keySet())) {
                maxId = Math.max(maxId, ids.stream().mapToLong(Long::longValue).max().orElse(0));
            }
            nextId = Math.max(snapshot.nextId(), maxId + 1);
            new BackupWork(this).settle(); // pending transitions are not saved: arm them again
            return null;
        });
    }

    /** Back to the estate the simulator started with. */
    public void reset() {
        load(initial.get());
        changed();
    }

    public Snapshot snapshot() {
        return read(this::snapshotLocked);
    }

    // ---- reads ------------------------------------------------------------------------------

    /** Every account; with {@code overview} each carries its groups, servers and discs. */
    public List<Account> accounts(boolean overview, boolean includeDeleted) {
        return read(() -> {
            Overview tree = overview ? tree(includeDeleted) : null;
            return accounts.values().stream().map(a -> overview ? tree.account(a) : a).toList();
        });
    }

    public Account account(String accountRef, boolean overview, boolean includeDeleted) {
        return read(() -> {
            Account a = findAccount(accountRef);
            return overview ? tree(includeDeleted).account(a) : a;
        });
    }

    public List<Group> groups(String accountRef) {
        return read(() -> {
            Account a = findAccount(accountRef);
            return groups.values().stream().filter(g -> g.accountId() == a.id()).toList();
        });
    }

    public Group group(String accountRef, String groupRef, boolean overview, boolean includeDeleted) {
        return read(() -> {
            Group g = findGroup(findAccount(accountRef), groupRef);
            return overview ? tree(includeDeleted).group(g) : g;
        });
    }

    public List<VirtualMachine> vmsOfGroup(String accountRef, String groupRef, boolean includeDeleted) {
        return read(() -> {
            Group g = findGroup(findAccount(accountRef), groupRef);
            return tree(includeDeleted).group(g).virtualMachines();
        });
    }

    /** The id of the server at account/group/server, each part a name or an id; 404 if none. */
    public long vmId(String accountRef, String groupRef, String vmRef) {
        return read(() -> findVm(findGroup(findAccount(accountRef), groupRef), vmRef).id());
    }

    /** A server with its discs; 404 if there is none with that id. */
    public VirtualMachine vm(long vmId) {
        return read(() -> withDiscs(vmLocked(vmId)));
    }

    public List<Disc> discsOf(long vmId) {
        return read(() -> {
            vmLocked(vmId);
            return discsOfLocked(vmId);
        });
    }

    /** A disc of a server: an all-digit reference is an id, anything else a label. */
    public Disc disc(long vmId, String discRef) {
        return read(() -> findDisc(vmLocked(vmId), discRef));
    }

    public List<Disc> allDiscs() {
        return read(() -> List.copyOf(discs.values()));
    }

    public Disc discById(long discId) {
        return read(() -> Optional.ofNullable(discs.get(discId)).orElseThrow(() -> SimError.notFound("disc")));
    }

    // ---- changes ----------------------------------------------------------------------------

    /** The disc changes (create, update, purge), each checked and applied in one step. */
    public DiscOperations discOperations() {
        return new DiscOperations(this);
    }

    /** The server changes (power, signals, undelete), each checked and applied in one step. */
    public ServerOperations serverOperations() {
        return new ServerOperations(this);
    }

    /** The backups and schedules of discs: take, restore, delete, add and remove schedules. */
    public BackupOperations backupOperations() {
        return new BackupOperations(this);
    }

    /** The clock and the pending timed transitions (powerdowns, backups, schedules) of this estate. */
    public Timeline timeline() {
        return timeline;
    }

    // ---- package helpers for the operations (caller holds the right lock) --------------------

    <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    void changed() {
        SaveOnChange s = saver;
        if (s != null) { // copying 8,000 discs per change is only worth it for a data file
            s.changed(snapshotLocked(), this::load); // the write lock is held and reentrant
        }
    }

    long newId() {
        return nextId++;
    }

    VirtualMachine vmLocked(long vmId) {
        VirtualMachine vm = vms.get(vmId);
        if (vm == null) {
            throw SimError.notFound("virtual machine");
        }
        return vm;
    }

    VirtualMachine vmOrNull(long vmId) {
        return vms.get(vmId);
    }

    void putVm(VirtualMachine vm) {
        vms.put(vm.id(), Records.withDiscs(vm, List.of()));
    }

    /** A server with its discs, as answers show it. */
    VirtualMachine withDiscs(VirtualMachine vm) {
        return Records.withDiscs(vm, discsOfLocked(vm.id()));
    }

    List<Disc> discsOfLocked(long vmId) {
        List<Disc> out = new ArrayList<>();
        for (Disc d : discs.values()) {
            if (Objects.equals(d.virtualMachineId(), vmId)) {
                out.add(d);
            }
        }
        return out;
    }

    Disc findDisc(VirtualMachine vm, String ref) {
        boolean byId = !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
        String label = DiscRules.normalise(ref); // labels are stored in NFC
        for (Disc d : discsOfLocked(vm.id())) {
            if (byId ? String.valueOf(d.id()).equals(ref) : label.equals(d.label())) {
                return d;
            }
        }
        throw SimError.notFound("disc");
    }

    Disc discOrNull(long discId) {
        return discs.get(discId);
    }

    BackupStore backups() {
        return backupStore;
    }

    void putDisc(Disc disc) {
        discs.put(disc.id(), disc);
    }

    void removeDisc(long discId) {
        discs.remove(discId);
    }

    // ---- private ----------------------------------------------------------------------------

    private Snapshot snapshotLocked() {
        return new Snapshot(nextId, List.copyOf(accounts.values()), List.copyOf(groups.values()),
                List.copyOf(vms.values()), List.copyOf(discs.values()), backupStore.all());
    }

    private Overview tree(boolean includeDeleted) {
        return Overview.of(accounts.values(), groups.values(), vms.values(), discs.values(), includeDeleted);
    }

    private Account findAccount(String ref) {
        return References.find(accounts.values(), ref, Account::id, Account::name, "account");
    }

    private Group findGroup(Account account, String ref) {
        var mine = groups.values().stream().filter(g -> g.accountId() == account.id()).toList();
        return References.find(mine, ref, Group::id, Group::name, "group");
    }

    private VirtualMachine findVm(Group group, String ref) {
        var mine = vms.values().stream().filter(v -> v.groupId() == group.id()).toList();
        return References.find(mine, ref, VirtualMachine::id, VirtualMachine::name, "virtual machine");
    }
}
