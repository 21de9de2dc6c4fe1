package org.bigvdm.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.service.overview.BackupAges;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.testutil.GeneratedEstates;
import org.bigvdm.testutil.ReadBackupLists;

/**
 * Not a test: the overview's sums alone (the worker-thread part of MainWindowBench's (e)), on the
 * simulator's generated estate, without JavaFX. {@code --vms N} (default 10,000), {@code --runs N}.
 * Prints {@code result overview_compute_all_median_ms} and {@code ..._account_...}; and the count
 * of backup ages over all accounts with every disc that has backups read (every 5th),
 * {@code result overview_backup_ages_all_median_ms}, timed in the same loop.
 */
public final class OverviewBench {
    private OverviewBench() {
    }

    public static void main(String[] args) {
        int vms = arg(args, "--vms", 10_000);
        int runs = arg(args, "--runs", 20);
        Estate estate = GeneratedEstates.estate(vms, 7, GeneratedEstates::varied);
        String account = NodeKeys.account(estate.accounts().get(0).id());
        double[] all = new double[runs];
        double[] one = new double[runs];
        double[] ages = new double[runs];
        ReadBackupLists reads = everyListRead(estate);
        Instant now = Instant.now();
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            EstateOverview.of(estate, NodeKeys.ALL);
            long t1 = System.nanoTime();
            EstateOverview.of(estate, account);
            long t2 = System.nanoTime();
            BackupAges.of(estate, NodeKeys.ALL, reads, now);
            long t3 = System.nanoTime();
            if (i >= 0) {
                all[i] = (t1 - t0) / 1e6;
                one[i] = (t2 - t1) / 1e6;
                ages[i] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "overview sums at %d servers: all accounts median %.1f ms, one account %.1f ms%n",
                estate.serverCount(), median(all), median(one));
        System.out.printf(Locale.ROOT, "result overview_compute_all_median_ms %.1f%n", median(all));
        System.out.printf(Locale.ROOT, "result overview_compute_account_median_ms %.1f%n", median(one));
        System.out.printf(Locale.ROOT, "result overview_backup_ages_all_median_ms %.1f%n", median(ages));
    }

    /** Every disc with backups read, its newest backup 0 to 9 days old. */
    private static ReadBackupLists everyListRead(Estate estate) {
        ReadBackupLists reads = new ReadBackupLists();
        Instant now = Instant.now();
        for (ServerEntry s : estate.servers()) {
            for (Disc d : s.vm().discs()) {
                if (d.backupCount() != null && d.backupCount() > 0) {
                    reads.keep(d.id(), new BackupListRead(d.backupCount(), d.backupCount(),
                            Optional.of(now.minus(Duration.ofDays(d.id() % 10)))));
                }
            }
        }
        return reads;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static int arg(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return otherwise;
    }
}
