package org.bigvdm.sim.http;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.bigvdm.sim.auth.Sessions;
import org.bigvdm.sim.fault.Faults;
import org.bigvdm.sim.state.SimState;

/** What the handlers share: the estate, sessions, faults and the timer for delayed events. */
public final class SimContext {
    private final SimState state;
    private final Sessions sessions;
    private final Faults faults;
    private final ScheduledExecutorService timer;
    private final Runnable reset;
    private final RequestLog requests = new RequestLog();
    private volatile Duration powerdownDelay;

    /** {@code reset} puts back the seeded estate and the start-up settings ({@code POST /_sim/reset}). */
    public SimContext(SimState state, Sessions sessions, Faults faults, ScheduledExecutorService timer,
                      Duration powerdownDelay, Runnable reset) {
        this.reset = reset;
        this.state = state;
        this.sessions = sessions;
        this.faults = faults;
        this.timer = timer;
        this.powerdownDelay = powerdownDelay;
    }

    public SimState state() {
        return state;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Faults faults() {
        return faults;
    }

    /** Every request received (control requests aside), per method and path. */
    public RequestLog requests() {
        return requests;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    void reset() {
        reset.run();
    }

    public Duration powerdownDelay() {
        return powerdownDelay;
    }

    public void setPowerdownDelay(Duration delay) {
        this.powerdownDelay = delay;
    }
}
