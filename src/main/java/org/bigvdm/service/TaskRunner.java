package org.bigvdm.service;

import java.util.function.Consumer;

/**
 * The one way the app runs slow work: {@code work} runs on a background thread; exactly one of
 * {@code onSuccess} / {@code onFailure} then runs on the UI thread, unless the job was cancelled
 * first. Callers build on it with {@link #task}; tests use {@code ImmediateTaskRunner}, which
 * does it all on the caller's thread.
 */
public interface TaskRunner {

    <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                   Consumer<? super Throwable> onFailure);

    /**
     * As {@link #submit}, for work that reports progress and checks for a cancel. Runners that
     * can show progress override this; the default runs the work unwatched. {@code onCancelled}
     * runs on the UI thread when the job is cancelled from elsewhere (a jobs list).
     */
    default <T> Job submitWithProgress(String title, ProgressWork<T> work, Consumer<? super T> onSuccess,
                                       Consumer<? super Throwable> onFailure, Runnable onCancelled) {
        return submit(title, () -> work.run(Progress.NONE), onSuccess, onFailure);
    }

    /** Work currently running, for the status bar. */
    RunningOperations operations();

    /** Work to run here once its handlers are set: {@code task(...).onSuccess(...).start()}. */
    default <T> BackgroundTask<T> task(String title, Work<T> work) {
        return new BackgroundTask<>(this, title, progress -> work.run());
    }

    /** As {@link #task}, for work that reports progress ("waiting for db1 to power off, 12 s"). */
    default <T> BackgroundTask<T> taskWithProgress(String title, ProgressWork<T> work) {
        return new BackgroundTask<>(this, title, work);
    }
}
