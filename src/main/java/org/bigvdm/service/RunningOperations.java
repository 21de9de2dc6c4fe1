package org.bigvdm.service;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is running now, updated on the UI thread only: the status bar binds to it. Holds a
 * title per running job and one line that sums them up.
 */
public final class RunningOperations {
    private final ObservableList<Entry> running = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /**
     * One running job; two jobs with the same title are still two entries. Its progress and
     * message change while it runs (for a jobs list); {@link #cancel()} stops the waiting.
     */
    public static final class Entry {
        private final String title;
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(Progress.UNKNOWN);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private Runnable canceller = () -> { };

        Entry(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** 0..1, or {@link Progress#UNKNOWN}. */
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        /** Stops waiting for the job: its answer, should one come, is dropped. */
        public void cancel() {
            canceller.run();
        }

        void update(double fraction, String text) {
            progress.set(fraction);
            message.set(text == null ? "" : text);
        }

        void cancelWith(Runnable action) {
            canceller = action;
        }
    }

    public ObservableList<Entry> running() {
        return readOnly;
    }

    /** "Loading servers…", or "Loading servers… (+2 more)"; empty when nothing runs. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    Entry started(String title) {
        Entry e = new Entry(title);
        running.add(e);
        recompute();
        return e;
    }

    void finished(Entry e) {
        running.remove(e);
        recompute();
    }

    private void recompute() {
        if (running.isEmpty()) {
            summary.set("");
            return;
        }
        String first = running.get(0).title;
        summary.set(running.size() == 1 ? first + "…" : first + "… (+" + (running.size() - 1) + " more)");
    }
}
