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
 * {@code result overview_backup_ages_all_median_ms}, timed in the same loop. Then the recount
 * after a read as a session has it, with {@code --read N} lists read (default 500, spread over
 * the estate): {@code result backup_ages_recount_all_median_us} and {@code ..._account_...}.
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
        ReadBackupLists reads = someListsRead(estate, Integer.MAX_VALUE); // every disc with backups
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
        recounts(estate, account, arg(args, "--read", 500), Math.max(runs, 200));
    }

    /** Recounts of backup ages with {@code read} lists read, as after each read in a session. */
    private static void recounts(Estate estate, String account, int read, int runs) {
        ReadBackupLists reads = someListsRead(estate, read);
        Instant now = Instant.now();
        double[] all = new double[runs];
        double[] one = new double[runs];
        long counted = 0;
        for (int i = -runs; i < runs; i++) {
            long t0 = System.nanoTime();
            counted += BackupAges.of(estate, NodeKeys.ALL, reads, now).timesKnown();
            long t1 = System.nanoTime();
            counted += BackupAges.of(estate, account, reads, now).timesKnown();
            long t2 = System.nanoTime();
            if (i >= 0) {
                all[i] = (t1 - t0) / 1e3;
                one[i] = (t2 - t1) / 1e3;
            }
        }
        double first = firstRecounts(estate, reads, now);
        // a disc read on a server that holds it no more (deleted since): only a walk of the estate's discs can tell
        reads.keep(-1L, new BackupListRead(1, 1, Optional.of(now), estate.servers().get(0).vm().id()));
        double firstWithGone = firstRecounts(estate, reads, now);
        System.out.printf(Locale.ROOT, "backup ages recount with %d lists read (%d counted over the loop)%n",
                read, counted);
        System.out.printf(Locale.ROOT, "result backup_ages_first_recount_new_estate_all_median_us %.1f%n", first);
        System.out.printf(Locale.ROOT, "result backup_ages_first_recount_new_estate_one_gone_all_median_us %.1f%n",
                firstWithGone);
        System.out.printf(Locale.ROOT, "result backup_ages_recount_all_median_us %.1f%n", median(all));
        System.out.printf(Locale.ROOT, "result backup_ages_recount_account_median_us %.1f%n", median(one));
    }

    /** The first recount on each new estate (a refresh, a server read again), median in microseconds. */
    private static double firstRecounts(Estate estate, ReadBackupLists reads, Instant now) {
        double[] first = new double[30];
        for (int i = -10; i < first.length; i++) {
            Estate again = new Estate(estate.accounts());
            long t0 = System.nanoTime();
            BackupAges.of(again, NodeKeys.ALL, reads, now);
            if (i >= 0) {
                first[i] = (System.nanoTime() - t0) / 1e3;
            }
        }
        return median(first);
    }

    /** {@code count} discs with backups read, every so many across the estate, newest 0 to 9 days old. */
    private static ReadBackupLists someListsRead(Estate estate, int count) {
        long withBackups = estate.servers().stream().flatMap(s -> s.vm().discs().stream())
                .filter(d -> d.backupCount() != null && d.backupCount() > 0).count();
        long every = Math.max(1, withBackups / Math.max(1, count));
        ReadBackupLists reads = new ReadBackupLists();
        Instant now = Instant.now();
        long seen = 0;
        int kept = 0;
        for (ServerEntry s : estate.servers()) {
            for (Disc d : s.vm().discs()) {
                if (d.backupCount() != null && d.backupCount() > 0 && seen++ % every == 0 && kept < count) {
                    kept++;
                    reads.keep(d.id(), new BackupListRead(d.backupCount(), d.backupCount(),
                            Optional.of(now.minus(Duration.ofDays(d.id() % 10))), s.vm().id()));
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
