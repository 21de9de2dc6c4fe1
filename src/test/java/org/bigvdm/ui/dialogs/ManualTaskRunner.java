package org.bigvdm.ui.dialogs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.bigvdm.service.Job;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.Work;

/** Holds submitted work until the test runs it: lets a test look at a dialog while it is busy. */
public final class ManualTaskRunner implements TaskRunner {
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final RunningOperations operations = new RunningOperations();

    @Override
    public <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.run();
            } catch (Throwable t) {
                onFailure.accept(t);
                return;
            }
            onSuccess.accept(result);
        });
        return new Job() {
            @Override public void cancel() { }
            @Override public boolean isCancelled() { return false; }
            @Override public boolean isDone() { return false; }
        };
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Runs the oldest held job, work and callback, on the calling thread. */
    public void runNext() {
        pending.remove().run();
    }

    @Override
    public RunningOperations operations() {
        return operations;
    }
}
