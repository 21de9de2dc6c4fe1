package org.bigvdm.testutil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;

/**
 * The services behind the power and move features on a test's simulator, with no JavaFX
 * toolkit: the real client, the change service, and a {@link ServerPower} whose waits move the
 * simulator's test clock (a 30 s shutdown takes no real time). Everything runs at once on the
 * test's thread. The simulator must use {@code withTestClock()}.
 */
public final class SimPower {
    public final SimulatorExtension sim;
    public final SimBrains brains;
    public final AccessRights access = new AccessRights();
    public final TaskRunner runner = ImmediateTaskRunner.create();
    public final SessionService session;
    public final EstateService estate;
    public final ChangeService changes;
    public final List<FinishedChange> finished = new ArrayList<>();
    public final List<Duration> slept = new ArrayList<>();
    /** Runs before each sleep of a wait (to cancel it, or break the next answer). */
    public ServerPower.Sleeper onSleep = d -> { };

    public SimPower(SimulatorExtension sim) {
        this.sim = sim;
        brains = new SimBrains(sim);
        session = TestSessions.on(brains.api, access, runner);
        estate = new EstateService(session, runner, sim.clock());
        changes = new ChangeService(session, estate, access, runner, sim.clock());
        changes.subscribe(finished::add);
        estate.refreshAll();
    }

    /** A ServerPower that waits at most {@code timeout} of simulated time. */
    public ServerPower power(Duration timeout) {
        return new ServerPower(changes, session, estate, runner, Runnable::run, sim.clock(), d -> {
            slept.add(d);
            onSleep.sleep(d);
            sim.advance(d);
        }, timeout);
    }

    /** A demo server (account acme-web) as the estate has it now. */
    public ServerEntry server(String group, String name) {
        return server(DemoEstate.ACCOUNT, group, name);
    }

    public ServerEntry server(String account, String group, String name) {
        long id = sim.simulator().state().vmId(account, group, name);
        return estate.estate().server(id).orElseThrow();
    }
}
