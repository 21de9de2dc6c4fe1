package org.bigvdm.service;

/**
 * A handle on submitted work. Cancelling drops its result: no success or failure callback runs
 * afterwards. Call it on the UI thread.
 */
public interface Job {
    void cancel();

    boolean isCancelled();

    boolean isDone();
}
