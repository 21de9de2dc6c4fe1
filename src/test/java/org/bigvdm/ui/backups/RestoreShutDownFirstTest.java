package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimPower;
import org.bigvdm.ui.dialogs.ServerContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The restore dialog offers to shut a running server down first, through the app's one
 * {@link ServerPower} on simulated time, without a toolkit: the restore becomes possible once
 * the server is seen off, and is still sent only after the label is typed.
 */
class RestoreShutDownFirstTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(Duration.ofSeconds(30)))
            .withTestClock().resetBeforeEachTest();

    private SimPower sim;
    private ServerEntry db1;
    private RestoreViewModel vm;

    @BeforeEach
    void setUp() {
        sim = new SimPower(SIM);
    }

    private RestoreViewModel restoreOnDb1(ServerPower power) {
        db1 = sim.server("production", "db1");
        Disc pgdata = db1.vm().discs().stream().filter(d -> d.label().equals("pgdata")).findFirst().orElseThrow();
        Backup backup = sim.brains.api.backups(new VmRef("acme-web", "production", "db1"), "pgdata").get(0);
        return new RestoreViewModel(sim.changes, ServerContext.of(db1, sim.access, new Definitions(null, null, null)),
                pgdata, backup, ZoneId.of("Europe/London"), done -> power.shutDown(db1, done));
    }

    private long writes(ChangeKind kind) {
        return sim.finished.stream().filter(f -> f.change().kind() == kind).count();
    }

    @Test
    void aRunningServerIsShutDownFirstThenTheExactLabelRestores() {
        vm = restoreOnDb1(sim.power(ServerPower.DEFAULT_TIMEOUT));
        vm.confirmationProperty().set("pgdata");
        assertThat(vm.blockedReasonProperty().get()).isEqualTo(vm.serverOnText());
        assertThat(vm.canShutDownProperty().get()).isTrue();
        assertThat(writes(ChangeKind.SHUTDOWN_SERVER)).as("nothing by itself").isZero();

        vm.shutDownFirst();

        assertThat(writes(ChangeKind.SHUTDOWN_SERVER)).isEqualTo(1);
        assertThat(sim.slept).as("the visible wait").isNotEmpty();
        assertThat(vm.powerOnProperty().get()).isFalse();
        assertThat(vm.shutDownMessageProperty().get()).contains("is off");
        assertThat(vm.blockedReasonProperty().get()).isEmpty();
        assertThat(vm.canShutDownProperty().get()).isFalse();
        assertThat(writes(ChangeKind.RESTORE_BACKUP)).as("not restored by itself").isZero();
        assertThat(vm.canSubmitProperty().get()).isTrue();

        vm.confirmationProperty().set("pgdat");
        assertThat(vm.canSubmitProperty().get()).as("the label still typed exactly").isFalse();
        vm.confirmationProperty().set("pgdata");
        assertThat(vm.submit()).isTrue();
        assertThat(writes(ChangeKind.RESTORE_BACKUP)).isEqualTo(1);
    }

    @Test
    void stopWaitingLeavesTheServerOnAndTheRestoreRefused() {
        ServerPower power = sim.power(ServerPower.DEFAULT_TIMEOUT);
        // the wait runs at once on this thread: Stop waiting is pressed from inside it
        sim.onSleep = d -> {
            if (sim.slept.size() == 3) {
                power.waits().forEach(ServerPower.Waiting::cancel);
            }
        };
        vm = restoreOnDb1(power);
        vm.confirmationProperty().set("pgdata");

        vm.shutDownFirst();

        assertThat(vm.powerOnProperty().get()).isTrue();
        assertThat(vm.shutDownMessageProperty().get()).startsWith("Stopped waiting");
        assertThat(vm.shuttingDownProperty().get()).isFalse();
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.canShutDownProperty().get()).as("may be tried again").isTrue();
        assertThat(writes(ChangeKind.STOP_SERVER)).isZero();
        assertThat(writes(ChangeKind.RESTORE_BACKUP)).isZero();
    }

    @Test
    void aTimeOutOnlySaysSoAndNeverStopsTheServer() {
        vm = restoreOnDb1(sim.power(Duration.ofSeconds(10)));

        vm.shutDownFirst();

        assertThat(vm.shutDownMessageProperty().get()).contains("still on").contains("hard stop");
        assertThat(vm.powerOnProperty().get()).isTrue();
        assertThat(writes(ChangeKind.STOP_SERVER)).isZero();
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void withoutServerPowerNothingIsOffered() {
        db1 = sim.server("production", "db1");
        Disc pgdata = db1.vm().discs().stream().filter(d -> d.label().equals("pgdata")).findFirst().orElseThrow();
        Backup backup = sim.brains.api.backups(new VmRef("acme-web", "production", "db1"), "pgdata").get(0);
        vm = new RestoreViewModel(sim.changes, ServerContext.of(db1, sim.access, new Definitions(null, null, null)),
                pgdata, backup, ZoneId.of("Europe/London"));
        assertThat(vm.canShutDownProperty().get()).isFalse();
    }
}
