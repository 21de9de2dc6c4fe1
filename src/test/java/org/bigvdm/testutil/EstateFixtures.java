package org.bigvdm.testutil;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/** Small, readable estates for ViewModel tests. */
public final class EstateFixtures {
    private EstateFixtures() {
    }

    public static VirtualMachine vm(long id, String name, long groupId, boolean on, boolean deleted, Disc... discs) {
        return new VirtualMachine(id, name, groupId, 2, 2048, on, on, deleted, name + ".example.uk0.bigv.io",
                "york", "virtio2013", null, null, on ? "head212" : null, null, null, List.of(discs), List.of());
    }

    public static Disc disc(long id, String label, long sizeMib, String grade, long vmId) {
        return Disc.of(id, label, sizeMib, grade, "tail1-" + grade + "1", vmId);
    }

    /** Two accounts: acme (default: web1 on, db1 off, old deleted; staging: empty) and beta. */
    public static List<Account> smallEstate() {
        VirtualMachine web1 = vm(11, "web1", 1, true, false,
                disc(101, "root", 25600, "sata", 11), disc(102, "data", 51200, "ssd", 11));
        VirtualMachine db1 = vm(12, "db1", 1, false, false, disc(103, "vda", 10240, "sata", 12));
        VirtualMachine old = vm(13, "old", 1, false, true, disc(104, "root", 25600, "sata", 13));
        Group acmeDefault = new Group(1, 1, "default", List.of(web1, db1, old));
        Group staging = new Group(2, 1, "staging", List.of());
        VirtualMachine mail = vm(21, "mail", 3, true, false, disc(201, "root", 20480, "archive", 21));
        Group betaDefault = new Group(3, 2, "default", List.of(mail));
        return List.of(new Account(1, "acme", false, List.of(acmeDefault, staging)),
                new Account(2, "beta", false, List.of(betaDefault)));
    }

    /** A server with {@code n} discs. */
    public static VirtualMachine vmWithDiscs(long id, String name, long groupId, int n) {
        List<Disc> discs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            discs.add(disc(id * 100 + i, "disc-" + (i + 1), 10240, "sata", id));
        }
        return new VirtualMachine(id, name, groupId, 1, 1024, true, true, false, name + ".x.uk0.bigv.io", null,
                null, null, null, "head212", null, null, discs, List.of());
    }
}
