package org.bigvdm.service;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Runs work and callbacks at once on the calling thread: for ViewModel tests without FX. */
public final class ImmediateTaskRunner {
    private ImmediateTaskRunner() {
    }

    public static TaskRunner create() {
        Executor direct = Runnable::run;
        return new ExecutorTaskRunner(new DirectExecutorService(), direct);
    }

    /** An ExecutorService that runs each task in the caller's thread. */
    private static final class DirectExecutorService extends AbstractExecutorService {
        private volatile boolean shutdown;

        @Override
        public void shutdown() {
            shutdown = true;
        }

        @Override
        public List<Runnable> shutdownNow() {
            shutdown = true;
            return List.of();
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
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }

        @Override
        public void execute(Runnable command) {
            command.run();
        }
    }
}
