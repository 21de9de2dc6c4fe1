package org.bigvdm.service;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs an action on the UI thread every period while switched on (auto-refresh). */
public class PeriodicTask {
    private final ScheduledExecutorService timer;
    private final Executor ui;
    private ScheduledFuture<?> running;

    public PeriodicTask(Executor ui) {
        this(Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bigv-auto-refresh");
            t.setDaemon(true);
            return t;
        }), ui);
    }

    public PeriodicTask(ScheduledExecutorService timer, Executor ui) {
        this.timer = timer;
        this.ui = ui;
    }

    public synchronized void start(Duration period, Runnable action) {
        stop();
        long ms = period.toMillis();
        running = timer.scheduleAtFixedRate(() -> ui.execute(action), ms, ms, TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }
}
