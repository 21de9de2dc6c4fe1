package org.bigvdm.service;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is running now, updated on the UI thread only: the status bar binds to it. Holds a
 * title per running job and one combined progress value (-1 = busy with unknown progress).
 */
public final class RunningOperations {
    private final ObservableList<Entry> running = FXCollections.observableArrayList();
    private final ObservableList<Entry> readOnly = FXCollections.unmodifiableObservableList(running);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);

    /** One running job: its title and last progress. */
    public static final class Entry {
        private final String title;
        private double fraction = -1;
        private String message = "";

        Entry(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        public double fraction() {
            return fraction;
        }

        public String message() {
            return message;
        }
    }

    public ObservableList<Entry> running() {
        return readOnly;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    Entry started(String title) {
        Entry e = new Entry(title);
        running.add(e);
        recompute();
        return e;
    }

    void updated(Entry e, double fraction, String message) {
        e.fraction = fraction;
        e.message = message == null ? "" : message;
        recompute();
    }

    void finished(Entry e) {
        running.remove(e);
        recompute();
    }

    private void recompute() {
        if (running.isEmpty()) {
            summary.set("");
            progress.set(0);
            return;
        }
        Entry first = running.get(0);
        String text = first.message.isEmpty() ? first.title : first.title + ": " + first.message;
        summary.set(running.size() == 1 ? text + "…" : text + "… (+" + (running.size() - 1) + " more)");
        progress.set(running.size() == 1 ? first.fraction : -1);
    }
}
