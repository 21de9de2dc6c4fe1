package org.bigvdm.ui.bulk;

/** How a bulk action shows its preview and run; the app opens a window, tests answer directly. */
public interface BulkDialogs {
    void grow(BulkGrowViewModel grow);

    /** Add one schedule to several discs: the schedule's fields over the preview, then the run. */
    void schedule(BulkScheduleViewModel schedule);

    /**
     * A bulk action with no input: the preview, then the run.
     *
     * @param itemHeader what a row is ("Disc", "Server")
     */
    void run(String title, String sendText, String itemHeader, BulkRunViewModel run);
}
