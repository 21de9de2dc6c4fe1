package org.bigvdm.service;

/** A handle on submitted work. Cancelling drops its result: no callback runs afterwards. */
public interface Job {
    void cancel();

    boolean isCancelled();

    boolean isDone();
}
