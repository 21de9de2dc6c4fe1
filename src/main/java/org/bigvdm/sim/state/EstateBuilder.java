package org.bigvdm.sim.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
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
        vms.add(new VirtualMachine(id, name, groupId, cores, memoryMib, powerOn && !deleted, powerOn && !deleted,
                deleted, hostname, zone, "virtio2013", "213.138.96." + (2 + n % 250), null, n % 7 == 0,
                null, distribution, List.of(), List.of(nic)));
        return id;
    }

    long disc(long vmId, String label, long sizeMib, String grade, int poolTail) {
        long id = nextId++;
        discs.add(Disc.of(id, label, sizeMib, grade, pool(grade, poolTail), vmId));
        return id;
    }

    /** A disc being moved to another pool, with the migration fields the service sends. */
    long migratingDisc(long vmId, String label, long sizeMib, String fromGrade, String toGrade,
                       double progress, double etaSeconds, double speed) {
        long id = nextId++;
        discs.add(new Disc(id, label, sizeMib, fromGrade, pool(fromGrade, 1), vmId, null, null,
                toGrade, pool(toGrade, 2), progress, etaSeconds, speed));
        return id;
    }

    Snapshot build() {
        return new Snapshot(nextId, accounts, groups, vms, discs);
    }

    static String pool(String grade, int tail) {
        return "tail" + tail + "-" + grade + "1";
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
