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

    /** Work currently running, for the status bar. */
    RunningOperations operations();

    /** Work to run here once its handlers are set: {@code task(...).onSuccess(...).start()}. */
    default <T> BackgroundTask<T> task(String title, Work<T> work) {
        return new BackgroundTask<>(this, title, work);
    }
}
