package org.bigvdm.sim.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Timeline}'s transitions when they fall due, measured on the timeline's clock
 * from the moment they are scheduled, so that with the real clock a demo server turns off three
 * seconds after its powerdown without anybody asking. With a hand-moved test clock the wake-ups
 * find nothing due and do nothing; the test's own {@code runDue()} applies the transitions.
 */
public final class RealTimeWaker {
    /** The timer may fire a hair before the clock reads the due instant; one more ms settles it. */
    private static final long SLACK_MS = 1;

    private final Timeline timeline;
    private final ScheduledExecutorService timer;

    private RealTimeWaker(Timeline timeline, ScheduledExecutorService timer) {
        this.timeline = timeline;
        this.timer = timer;
    }

    /** Wakes {@code timeline} on {@code timer}'s thread for every transition it schedules. */
    public static RealTimeWaker attach(Timeline timeline, ScheduledExecutorService timer) {
        var waker = new RealTimeWaker(timeline, timer);
        timeline.onScheduled(waker::arm);
        return waker;
    }

    private void arm(Instant due) {
        long delayMs = Math.max(0, Duration.between(timeline.now(), due).toMillis()) + SLACK_MS;
        try {
            timer.schedule(timeline::runDue, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // the simulator is closing: nothing left to wake
        }
    }
}
