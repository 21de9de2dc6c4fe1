package org.bigvdm.service;

import java.util.concurrent.Executor;
import org.bigvdm.testutil.QueueExecutor;

/** Runs work and callbacks at once on the calling thread: for ViewModel tests without FX. */
public final class ImmediateTaskRunner {
    private ImmediateTaskRunner() {
    }

    public static TaskRunner create() {
        Executor direct = Runnable::run;
        return new ExecutorTaskRunner(QueueExecutor.direct(), direct);
    }
}
