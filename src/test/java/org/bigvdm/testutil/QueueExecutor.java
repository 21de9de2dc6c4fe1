package org.bigvdm.testutil;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs queued tasks one at a time when the test says so. */
public final class QueueExecutor extends AbstractExecutorService {
    private final Queue<Runnable> queue = new ArrayDeque<>();

    public void runNext() {
        queue.remove().run();
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }

    /** Runs the newest task first: a later request whose answer comes back sooner. */
    public void runLast() {
        ((ArrayDeque<Runnable>) queue).removeLast().run();
    }

    @Override
    public void execute(Runnable command) {
        queue.add(command);
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
