package org.bigvdm.testutil;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
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
    public final BrainApi brain;
    public final TaskRunner runner = ImmediateTaskRunner.create();
    public final AccessRights access = new AccessRights();
    public final SessionService session;
    public final EstateService estate;
    public final ChangeService changes;
    public final BackupService backups;
    public final List<FinishedChange> finished = new ArrayList<>();

    public SimBackupWorld(SimulatorExtension sim) {
        this.sim = sim;
        ClientConfig config = ClientConfig.defaults(Endpoints.single(sim.baseUri()), "test")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
        String token = sim.demoToken();
        brain = new HttpBrainClient(HttpClients.create(config), config, () -> token);
        session = TestSessions.on(brain, access, runner);
        estate = new EstateService(session, runner, Clock.systemUTC());
        changes = new ChangeService(session, estate, access, runner, Clock.systemUTC());
        backups = new BackupService(session, runner, changes, Duration.ZERO);
        changes.subscribe(finished::add);
        estate.refreshAll();
    }

    public ServerEntry server(VmRef ref) {
        return estate.estate().servers().stream().filter(s -> s.ref().equals(ref)).findFirst().orElseThrow();
    }

    public Disc disc(VmRef ref, String label) {
        return server(ref).vm().discs().stream().filter(d -> label.equals(d.label())).findFirst().orElseThrow();
    }
}
