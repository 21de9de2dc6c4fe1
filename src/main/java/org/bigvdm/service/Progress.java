package org.bigvdm.service;

/**
 * What long work (a shutdown wait, a backup in progress) can tell the one who waits: how far it
 * got, in words, and whether the waiting was cancelled. Callable from the worker thread.
 */
public interface Progress {
    /** Unknown progress: a busy indicator rather than a bar. */
    double UNKNOWN = -1;

    /**
     * @param fraction 0..1, or {@link #UNKNOWN}
     * @param message  what is happening now, e.g. "waiting for db1 to power off, 12 s"
     */
    void update(double fraction, String message);

    /** True once the waiting was cancelled: the work should stop at its next safe point. */
    boolean isCancelled();

    /** For work run where nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return Thread.currentThread().isInterrupted();
        }
    };
}
