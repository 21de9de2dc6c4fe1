package org.bigvdm.sim.state;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.NetworkInterface;
import org.bigvdm.api.model.VirtualMachine;

/** Builds a {@link Snapshot} step by step with realistic defaults; used by the seeded estates. */
final class EstateBuilder {
    private long nextId = 1;
    private final List<Account> accounts = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<VirtualMachine> vms = new ArrayList<>();
    private final List<Disc> discs = new ArrayList<>();
    private final List<StoredBackup> backups = new ArrayList<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> parent = new HashMap<>();

    long account(String name) {
        long id = nextId++;
        accounts.add(new Account(id, name, false, List.of()));
        names.put(id, name);
        return id;
    }

    long group(long accountId, String name) {
        long id = nextId++;
        groups.add(new Group(id, accountId, name, List.of()));
        names.put(id, name);
        parent.put(id, accountId);
        return id;
    }

    /** A server with one network interface; {@code ipIndex} makes its addresses distinct. */
    long vm(long groupId, String name, int cores, long memoryMib, boolean powerOn, boolean deleted,
            String zone, String distribution) {
        long id = nextId++;
        long accountId = parent.get(groupId);
        String hostname = name + "." + names.get(groupId) + "." + names.get(accountId) + ".uk0.bigv.io";
        int n = vms.size();
        var nic = new NetworkInterface(nextId++, null, mac(id), 1,
                List.of(ipv4(n), "2001:41c8:51:" + Integer.toHexString(n % 0xffff) + "::1"),
                Map.of(), id);
        boolean running = powerOn && !deleted;
        vms.add(new VirtualMachine(id, name, groupId, cores, memoryMib, running, running, deleted, hostname, zone,
                "virtio2013", "213.138.96." + (2 + n % 250), null, running ? Records.headFor(id) : null,
                null, distribution, List.of(), List.of(nic)));
        return id;
    }

    long disc(long vmId, String label, long sizeMib, String grade, int poolTail) {
        long id = nextId++;
        discs.add(newDisc(id, label, sizeMib, grade, pool(grade, poolTail), vmId));
        return id;
    }

    /**
     * A schedule on the disc running every {@code intervalSeconds} since {@code start}, with the
     * backups of its runs up to {@code now} that it keeps (the newest {@code capacity}), done.
     */
    void schedule(long discId, ZonedDateTime start, int intervalSeconds, int capacity, Instant now) {
        Disc disc = discWithId(discId);
        long scheduleId = nextId++;
        var schedule = new BackupSchedule(scheduleId, BackupTimes.answered(start), intervalSeconds, capacity);
        List<BackupSchedule> schedules = new ArrayList<>(disc.backupSchedules());
        schedules.add(schedule);
        discs.set(discs.indexOf(disc), disc.withBackups(true, disc.backupCount(), schedules));
        long runs = 1 + (now.getEpochSecond() - start.toEpochSecond()) / intervalSeconds;
        for (long k = Math.max(0, runs - capacity); k < runs; k++) {
            backup(discId, start.toInstant().plusSeconds(k * intervalSeconds), false, scheduleId, true);
        }
    }

    /** A backup of the disc taken at {@code at}: manual or by a schedule, done or still in progress. */
    void backup(long discId, Instant at, boolean manual, Long scheduleId, boolean done) {
        Disc disc = discWithId(discId);
        var b = StoredBackup.taking(nextId++, BackupTimes.backupLabel(disc.label(), at), disc, manual, scheduleId, at);
        backups.add(done ? b.completed() : b);
    }

    /**
     * A disc being moved to another pool, with the migration fields the service sends: whole
     * numbers (percent, seconds, MiB/s), as the official client reads them.
     */
    long migratingDisc(long vmId, String label, long sizeMib, String fromGrade, String toGrade,
                       int progress, int etaSeconds, int speed) {
        long id = nextId++;
        discs.add(new Disc(id, label, sizeMib, fromGrade, pool(fromGrade, 1), vmId, false, 0,
                toGrade, pool(toGrade, 2), progress, etaSeconds, speed));
        return id;
    }

    /**
     * A disc as the simulator answers it: with {@code backups_enabled} and {@code backup_count},
     * which the official client reads on every disc.
     */
    static Disc newDisc(long id, String label, long sizeMib, String grade, String pool, long vmId) {
        return new Disc(id, label, sizeMib, grade, pool, vmId, false, 0, null, null, null, null, null);
    }

    Snapshot build() {
        // The discs' backup fields are worked out from the backups when the estate is loaded.
        return new Snapshot(nextId, accounts, groups, vms, discs, backups);
    }

    static String pool(String grade, int tail) {
        return "tail" + tail + "-" + grade + "1";
    }

    private Disc discWithId(long id) {
        return discs.stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    private static String mac(long id) {
        // No String.format: it alone made a cold 1,000-server build several times slower.
        return "fe:ff:00:" + hex(id >> 16) + ":" + hex(id >> 8) + ":" + hex(id);
    }

    private static String hex(long b) {
        String h = Long.toHexString(b & 0xff);
        return h.length() == 1 ? "0" + h : h;
    }

    private static String ipv4(int n) {
        return "46.43." + (20 + (n / 250) % 200) + "." + (2 + n % 250);
    }
}
