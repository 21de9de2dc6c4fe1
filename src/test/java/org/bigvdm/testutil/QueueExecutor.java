package org.bigvdm.testutil;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor for tests: {@link #queued()} holds tasks until the test runs them, one at a time;
 * {@link #direct()} runs each at once on the caller's thread. Never shuts down.
 */
public final class QueueExecutor extends AbstractExecutorService {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final boolean direct;

    private QueueExecutor(boolean direct) {
        this.direct = direct;
    }

    /** Holds tasks until {@link #runNext()} or {@link #runLast()}. */
    public static QueueExecutor queued() {
        return new QueueExecutor(false);
    }

    /** Runs each task at once, in the caller's thread. */
    public static QueueExecutor direct() {
        return new QueueExecutor(true);
    }

    public void runNext() {
        queue.remove().run();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Runs the newest task first: a later request whose answer comes back sooner. */
    public void runLast() {
        queue.removeLast().run();
    }

    @Override
    public void execute(Runnable command) {
        if (direct) {
            command.run();
        } else {
            queue.add(command);
        }
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return List.of();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
