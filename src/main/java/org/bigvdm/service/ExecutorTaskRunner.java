package org.bigvdm.service;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bigvdm.api.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on a pool of daemon threads and hands results to a UI executor (in the app,
 * {@code Platform::runLater}). A cancelled job's callbacks never run, so a superseded load can
 * never show its result for the wrong selection.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorTaskRunner.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService background;
    private final Executor ui;
    private final RunningOperations operations;

    public ExecutorTaskRunner(Executor ui) {
        this(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bigv-worker-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), ui);
    }

    public ExecutorTaskRunner(ExecutorService background, Executor ui) {
        this(background, ui, new RunningOperations());
    }

    private ExecutorTaskRunner(ExecutorService background, Executor ui, RunningOperations operations) {
        this.background = background;
        this.ui = ui;
        this.operations = operations;
    }

    /**
     * A runner for long waits (a shutdown's "waiting for db1 to power off"): its own threads, one
     * per wait, so waits never hold this runner's pool and refreshes go on; its jobs show, with
     * progress and cancel, in this runner's {@link #operations()}. Close it as well.
     */
    public ExecutorTaskRunner forWaits() {
        return new ExecutorTaskRunner(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bigv-wait-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        }), ui, operations);
    }

    @Override
    public RunningOperations operations() {
        return operations;
    }

    @Override
    public <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        return submitWithProgress(title, progress -> work.run(), onSuccess, onFailure, () -> { });
    }

    @Override
    public <T> Job submitWithProgress(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                                      Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        FutureJob job = new FutureJob(onCancelled);
        ui.execute(() -> {
            job.entry = operations.started(title);
            job.entry.cancelWith(job::cancel);
        });
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                ui.execute(() -> {
                    if (job.entry != null && !job.finished) {
                        job.entry.update(fraction, message);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
        job.future = background.submit(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = work.run(progress);
            } catch (Throwable t) {
                error = t;
                if (!(t instanceof ApiException)) {
                    LOG.warn("{} failed unexpectedly", title, t);
                }
            }
            T r = result;
            Throwable e = error;
            ui.execute(() -> {
                job.finish();
                if (job.isCancelled()) {
                    return;
                }
                if (e == null) {
                    onSuccess.accept(r);
                } else {
                    onFailure.accept(e);
                }
            });
        });
        return job;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    private final class FutureJob implements Job {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile Future<?> future;
        private RunningOperations.Entry entry;   // UI thread only
        private boolean finished;                // UI thread only
        private final Runnable onCancelled;

        FutureJob(Runnable onCancelled) {
            this.onCancelled = onCancelled;
        }

        /** Takes the job off the status bar once, whether it ended or was cancelled. */
        void finish() {
            done.set(true);
            if (!finished && entry != null) {
                finished = true;
                operations.finished(entry);
            }
        }

        @Override
        public void cancel() {
            if (cancelled.getAndSet(true)) {
                return;
            }
            Future<?> f = future;
            if (f != null) {
                // interrupting aborts a blocking OkHttp read; results are dropped anyway
                f.cancel(true);
            }
            ui.execute(() -> {
                finish();
                onCancelled.run();
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
