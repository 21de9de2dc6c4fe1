package org.bigvdm.testutil;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.backup.BackupService;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.testing.SimulatorExtension;

/**
 * The services as the app builds them, run synchronously ({@link ImmediateTaskRunner}) against a
 * test class's simulator through the real HTTP client, signed in as demo: for backup ViewModel
 * and service tests that must agree with what the simulator does and says.
 */
public final class SimBackupWorld {
    public static final VmRef DB1 = new VmRef("acme-web", "production", "db1");       // on
    public static final VmRef BUILD = new VmRef("acme-web", "default", "build");      // off
    public static final VmRef STAGING_DB = new VmRef("acme-web", "staging", "db");    // off

    public final SimulatorExtension sim;
    /** The app's client, with every write it sent written down. */
    public final SimBrains brains;
    public final BrainApi brain;
    public final TaskRunner runner = ImmediateTaskRunner.create();
    public final AccessRights access = new AccessRights();
    public final SessionService session;
    public final EstateService estate;
    public final ChangeService changes;
    public final BackupService backups;
    public final List<FinishedChange> finished = new ArrayList<>();

    /**
     * Built with the test instance, before the extension's reset: so it resets the simulator
     * itself before reading, or it would read what the previous test left.
     */
    public SimBackupWorld(SimulatorExtension sim) {
        this.sim = sim;
        sim.simulator().reset();
        brains = new SimBrains(sim);
        brain = brains.api;
        session = TestSessions.on(failing(brain), access, runner);
        estate = new EstateService(session, runner, Clock.systemUTC());
        changes = new ChangeService(session, estate, access, runner, Clock.systemUTC());
        backups = new BackupService(session, runner, changes, Duration.ZERO);
        changes.subscribe(finished::add);
        estate.refreshAll();
    }

    /**
     * The next call of the app's client to this method (e.g. {@code "addBackupSchedule"}) throws
     * {@code failure} instead of reaching the simulator: for a failure in the middle of two steps.
     */
    public void failNextCallTo(String method, RuntimeException failure) {
        failMethod = method;
        this.failure = failure;
    }

    private volatile String failMethod;
    private volatile RuntimeException failure;

    private BrainApi failing(BrainApi real) {
        return (BrainApi) Proxy.newProxyInstance(BrainApi.class.getClassLoader(), new Class<?>[] {BrainApi.class},
                (proxy, method, args) -> {
                    if (method.getName().equals(failMethod)) {
                        failMethod = null;
                        throw failure;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public ServerEntry server(VmRef ref) {
        return estate.estate().servers().stream().filter(s -> s.ref().equals(ref)).findFirst().orElseThrow();
    }

    public Disc disc(VmRef ref, String label) {
        return server(ref).vm().discs().stream().filter(d -> label.equals(d.label())).findFirst().orElseThrow();
    }
}
