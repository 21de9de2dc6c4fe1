package org.bigvdm.ui.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bigvdm.service.Job;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.Work;

/** Holds submitted work until {@link #runAll()}, so a test can act while a sign-in is "running". */
final class HeldTaskRunner implements TaskRunner {
    private final List<Runnable> held = new ArrayList<>();
    private final RunningOperations operations = new RunningOperations();

    int pending() {
        return held.size();
    }

    void runAll() {
        List<Runnable> now = new ArrayList<>(held);
        held.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        boolean[] state = new boolean[2]; // cancelled, done
        held.add(() -> {
            try {
                T result = work.run();
                state[1] = true;
                if (!state[0]) {
                    onSuccess.accept(result);
                }
            } catch (Exception e) {
                state[1] = true;
                if (!state[0]) {
                    onFailure.accept(e);
                }
            }
        });
        return new Job() {
            @Override
            public void cancel() {
                state[0] = true;
            }

            @Override
            public boolean isCancelled() {
                return state[0];
            }

            @Override
            public boolean isDone() {
                return state[1];
            }
        };
    }

    @Override
    public RunningOperations operations() {
        return operations;
    }
}
