package org.bigvdm.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Slow work together with what should happen when it ends, set up before it starts:
 * <pre>{@code
 * runner.task("Loading servers", api::overview)
 *       .onFinished(() -> loading.set(false))
 *       .onSuccess(this::show)
 *       .onFailure(this::showError)
 *       .start();
 * }</pre>
 * Every handler runs on the UI thread, in the order added. The {@code onFinished} handlers run
 * first and exactly once: when the work ended either way, or at once when the job is cancelled.
 * So a busy flag they clear is reset in one place, and already clear when an {@code onSuccess}
 * handler looks. After a cancel no success or failure handler runs. Failures arrive as
 * {@link UserError}s: nothing above the service layer sees an API exception.
 */
public final class BackgroundTask<T> {
    private final TaskRunner runner;
    private final String title;
    private final ProgressWork<T> work;
    private final List<Runnable> finished = new ArrayList<>();
    private final List<Consumer<? super T>> successes = new ArrayList<>();
    private final List<Consumer<? super UserError>> failures = new ArrayList<>();
    private final List<Runnable> cancels = new ArrayList<>();
    private boolean started;

    BackgroundTask(TaskRunner runner, String title, ProgressWork<T> work) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        successes.add(Objects.requireNonNull(handler));
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super UserError> handler) {
        failures.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Runs once the work ended or was cancelled, before any other handler. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        finished.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Runs when the job was cancelled before it ended (after the finished handlers); no other handler runs then. */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        cancels.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Hands the work to the runner; a task starts at most once. */
    public Job start() {
        if (started) {
            throw new IllegalStateException(title + " was already started");
        }
        started = true;
        Handle handle = new Handle();
        handle.job = runner.submitWithProgress(title, work, value -> {
            if (handle.finish()) {
                successes.forEach(h -> h.accept(value));
            }
        }, failure -> {
            if (handle.finish()) {
                UserError error = UserError.of(failure);
                failures.forEach(h -> h.accept(error));
            }
        }, handle::cancelled);
        return handle;
    }

    /** The caller's view of the job: cancelling it also counts as finishing it. */
    private final class Handle implements Job {
        private Job job;            // null only while an immediate runner is still inside submit
        private boolean done;       // UI thread only

        /** True the first time: the finished handlers have just run. */
        boolean finish() {
            if (done) {
                return false;
            }
            done = true;
            finished.forEach(Runnable::run);
            return true;
        }

        void cancelled() {
            if (finish()) {
                cancels.forEach(Runnable::run);
            }
        }

        @Override
        public void cancel() {
            if (job != null) {
                job.cancel();
            }
            cancelled();
        }

        @Override
        public boolean isCancelled() {
            return job != null && job.isCancelled();
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
