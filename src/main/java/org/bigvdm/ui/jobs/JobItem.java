package org.bigvdm.ui.jobs;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One job as the panel shows it: a title, progress (0..1 or -1 unknown), a line with what is
 * happening and the time left, and what Cancel does (or why there is none).
 */
public final class JobItem {
    private final String key;
    private final String title;
    private final Runnable canceller;
    private final String cancelNote;
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    JobItem(String key, String title, Runnable canceller, String cancelNote) {
        this.key = key;
        this.title = title;
        this.canceller = canceller;
        this.cancelNote = cancelNote;
    }

    String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "waiting for db1 to power off · about 2 min left". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public boolean cancellable() {
        return canceller != null;
    }

    /** What Cancel stops, or why this job cannot be cancelled here. */
    public String cancelNote() {
        return cancelNote;
    }

    /** Stops waiting for the job; does nothing for one that cannot be cancelled. */
    public void cancel() {
        if (canceller != null) {
            canceller.run();
        }
    }
}
