package org.bigvdm.service;

import java.util.concurrent.Executor;

/** Runs work and callbacks at once on the calling thread: for ViewModel tests without FX. */
public final class ImmediateTaskRunner {
    private ImmediateTaskRunner() {
    }

    public static TaskRunner create() {
        Executor direct = Runnable::run;
        return new ExecutorTaskRunner(new DirectExecutorService(), direct);
    }

    /** An ExecutorService that runs each task in the caller's thread. */
    private static final class DirectExecutorService extends java.util.concurrent.AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public java.util.List<Runnable> shutdownNow() {
            shutdown = true;
            return java.util.List.of();
        }

        @Override
        public boolean isShutdown() {
            return shutdown;
        }

        @Override
        public boolean isTerminated() {
            return shutdown;
        }

        @Override
        public boolean awaitTermination(long timeout, java.util.concurrent.TimeUnit unit) {
            return true;
        }

        @Override
        public void execute(Runnable command) {
            command.run();
        }
    }
}
