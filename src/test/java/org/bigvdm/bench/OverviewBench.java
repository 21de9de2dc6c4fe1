package org.bigvdm.bench;

import java.util.Arrays;
import java.util.Locale;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.testutil.GeneratedEstates;

/**
 * Not a test: the overview's sums alone (the worker-thread part of MainWindowBench's (e)), on the
 * simulator's generated estate, without JavaFX. {@code --vms N} (default 10,000), {@code --runs N}.
 * Prints {@code result overview_compute_all_median_ms} and {@code ..._account_...}.
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
        for (int i = -5; i < runs; i++) {
            long t0 = System.nanoTime();
            EstateOverview.of(estate, NodeKeys.ALL);
            long t1 = System.nanoTime();
            EstateOverview.of(estate, account);
            long t2 = System.nanoTime();
            if (i >= 0) {
                all[i] = (t1 - t0) / 1e6;
                one[i] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "overview sums at %d servers: all accounts median %.1f ms, one account %.1f ms%n",
                estate.serverCount(), median(all), median(one));
        System.out.printf(Locale.ROOT, "result overview_compute_all_median_ms %.1f%n", median(all));
        System.out.printf(Locale.ROOT, "result overview_compute_account_median_ms %.1f%n", median(one));
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
