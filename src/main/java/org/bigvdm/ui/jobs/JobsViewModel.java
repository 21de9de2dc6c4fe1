package org.bigvdm.ui.jobs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.service.ServerEntry;

/**
 * The jobs list: every running operation (with its progress, an estimate of the time left from
 * how fast it got this far, and Cancel), and every disc migration the last overview reported
 * (its percent and the service's own estimate; a migration cannot be stopped from here).
 */
public final class JobsViewModel {
    /** What Cancel does for a running operation. */
    public static final String CANCEL_STOPS_WAITING =
            "Cancel stops the waiting: a request already sent is not undone, and the list is read again";
    /** Why a migration has no Cancel. */
    public static final String MIGRATION_RUNS_ON_SERVICE =
            "The service moves the disc between storage pools; it cannot be stopped from here";

    private final ObservableList<JobItem> jobs = FXCollections.observableArrayList();
    private final Map<RunningOperations.Entry, JobItem> running = new HashMap<>();
    private final LongSupplier nanos;

    public JobsViewModel(RunningOperations operations, ObservableValue<Estate> estate, LongSupplier nanos) {
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        operations.running().forEach(this::started);
        operations.running().addListener((ListChangeListener<RunningOperations.Entry>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::finished);
                c.getAddedSubList().forEach(this::started);
            }
        });
        estate.addListener((o, was, now) -> migrations(now));
        migrations(estate.getValue());
    }

    private void started(RunningOperations.Entry entry) {
        JobItem item = new JobItem("op:" + System.identityHashCode(entry), entry.title(), entry::cancel,
                CANCEL_STOPS_WAITING);
        long start = nanos.getAsLong();
        Runnable update = () -> {
            double p = entry.progressProperty().get();
            item.progress.set(p);
            item.detail.set(join(entry.messageProperty().get(), eta(p, nanos.getAsLong() - start)));
        };
        entry.progressProperty().addListener(o -> update.run());
        entry.messageProperty().addListener(o -> update.run());
        update.run();
        running.put(entry, item);
        jobs.add(item);
    }

    private void finished(RunningOperations.Entry entry) {
        JobItem item = running.remove(entry);
        if (item != null) {
            jobs.remove(item);
        }
    }

    /** One job per migrating disc; a finished migration leaves the list. */
    private void migrations(Estate estate) {
        Map<String, JobItem> now = new LinkedHashMap<>();
        Map<String, JobItem> before = new HashMap<>();
        jobs.stream().filter(j -> j.key().startsWith("migration:")).forEach(j -> before.put(j.key(), j));
        if (estate != null) {
            for (ServerEntry server : estate.servers()) {
                if (server.vm().discs() == null) {
                    continue;
                }
                for (Disc disc : server.vm().discs()) {
                    if (disc.migrationProgress() == null) {
                        continue;
                    }
                    String key = "migration:" + disc.id();
                    JobItem item = before.containsKey(key) ? before.get(key) : new JobItem(key, "Migrating disc "
                            + disc.label() + " on " + server.vm().name(), null, MIGRATION_RUNS_ON_SERVICE);
                    item.progress.set(disc.migrationProgress() / 100.0);
                    item.detail.set(join(disc.migrationProgress() + "%", disc.migrationEta() == null ? ""
                            : left(disc.migrationEta())));
                    now.put(key, item);
                }
            }
        }
        jobs.removeIf(j -> j.key().startsWith("migration:") && !now.containsKey(j.key()));
        now.values().stream().filter(j -> !jobs.contains(j)).forEach(jobs::add);
    }

    /** Time left from the pace so far; "" while too little is known. */
    static String eta(double progress, long elapsedNanos) {
        if (progress <= 0.02 || progress >= 1) {
            return "";
        }
        double seconds = elapsedNanos / 1e9 * (1 - progress) / progress;
        return left(Math.round(seconds));
    }

    /** "about 40 s left", "about 3 min left", "about 2 h left". */
    static String left(long seconds) {
        if (seconds < 60) {
            return "about " + Math.max(1, seconds) + " s left";
        }
        if (seconds < 3600) {
            return "about " + Math.round(seconds / 60.0) + " min left";
        }
        return "about " + Math.round(seconds / 3600.0) + " h left";
    }

    private static String join(String a, String b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " · " + b;
    }

    public ObservableList<JobItem> jobs() {
        return jobs;
    }
}
