package org.bigvdm.sim.state;

import java.util.SplittableRandom;

/**
 * A large deterministic estate for scale tests: {@code vms} servers spread over several
 * accounts and groups, mostly 8 discs each (~7,750 for 1,000 servers). The same seed always gives the same estate.
 */
public final class GeneratedEstate {
    private static final String[] GRADES = {"sata", "ssd", "archive"};
    private static final String[] ROLES = {"web", "db", "cache", "app", "mail", "files", "build", "proxy"};
    private static final String[] ZONES = {"york", "manchester"};
    private static final String[] LABELS = {"data", "logs", "backups", "scratch", "media", "spool", "index"};

    private GeneratedEstate() {
    }

    public static Snapshot build(int vms, long seed) {
        var random = new SplittableRandom(seed);
        var b = new EstateBuilder();
        int accountCount = Math.max(2, Math.min(20, vms / 100));
        int groupsPerAccount = 4;
        long[] groups = new long[accountCount * groupsPerAccount];
        for (int a = 0; a < accountCount; a++) {
            long account = b.account("customer-" + (a + 1));
            groups[a * groupsPerAccount] = b.group(account, "default");
            for (int g = 1; g < groupsPerAccount; g++) {
                groups[a * groupsPerAccount + g] = b.group(account, "group-" + g);
            }
        }
        for (int i = 0; i < vms; i++) {
            long group = groups[i % groups.length];
            String name = ROLES[random.nextInt(ROLES.length)] + (i + 1);
            boolean deleted = random.nextInt(50) == 0;
            boolean powerOn = random.nextInt(5) != 0;
            long vm = b.vm(group, name, 1 << random.nextInt(4), 1024L << random.nextInt(5), powerOn, deleted,
                    ZONES[random.nextInt(ZONES.length)], "bookworm");
            b.disc(vm, i % 9 == 0 ? "vda" : "root", 25600, "sata", 1 + random.nextInt(2));
            int discs = random.nextInt(8) == 0 ? 5 + random.nextInt(3) : 8;
            for (int d = 1; d < discs; d++) {
                String grade = GRADES[random.nextInt(GRADES.length)];
                long size = 1024L * (1 + random.nextInt(2048));
                b.disc(vm, LABELS[d - 1], size, grade, 1 + random.nextInt(2));
            }
        }
        return b.build();
    }
}
