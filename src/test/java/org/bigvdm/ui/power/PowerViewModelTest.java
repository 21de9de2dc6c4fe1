package org.bigvdm.ui.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.service.ServerEntry;
import java.net.URI;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.PowerChanges;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.change.PendingRestarts;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimPower;
import org.bigvdm.ui.power.PowerDialogs.Confirmation;
import org.bigvdm.ui.power.PowerDialogs.HardStopChoice;
import org.bigvdm.ui.power.PowerViewModel.Action;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The power actions' rules, questions and outcomes, and the pending-restart note, without FX. */
class PowerViewModelTest {
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(SHUTDOWN))
            .withTestClock().resetBeforeEachTest();

    private final List<Confirmation> asked = new ArrayList<>();
    private final List<String> hardStopOffers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final Map<Long, String> marks = new HashMap<>();
    private final SimpleObjectProperty<ServerEntry> selected = new SimpleObjectProperty<>();
    private boolean answer = true;
    private HardStopChoice hardStop = HardStopChoice.LEAVE;
    private SimPower sim;
    private PowerViewModel vm;
    private PendingRestartViewModel pending;

    private final PowerDialogs dialogs = new PowerDialogs() {
        @Override
        public boolean confirm(Confirmation confirmation) {
            asked.add(confirmation);
            return answer;
        }

        @Override
        public HardStopChoice offerHardStop(String serverName, Duration waited, boolean restarting) {
            hardStopOffers.add(serverName + " " + waited.toSeconds() + " s" + (restarting ? " restarting" : ""));
            return hardStop;
        }
    };

    @BeforeEach
    void setUp() {
        sim = new SimPower(SIM);
        build(ServerPower.DEFAULT_TIMEOUT);
    }

    private void build(Duration timeout) {
        ServerPower power = sim.power(timeout);
        vm = new PowerViewModel(selected, sim.access, power, dialogs, notes::add);
        pending = new PendingRestartViewModel(selected, new PendingRestarts(sim.changes, sim.estate), vm, marks,
                copied::add, notes::add);
    }

    private ServerEntry select(String group, String name) {
        ServerEntry s = sim.server(group, name);
        selected.set(s);
        return s;
    }

    /** The selection as the window keeps it: the same server, as last read. */
    private void reselect() {
        selected.set(sim.estate.estate().server(selected.get().vm().id()).orElseThrow());
    }

    @Test
    void aRunningServerMayBeShutDownStoppedRestartedAndResetButNotStarted() {
        select("production", "www1");
        assertThat(vm.whyNotProperty(Action.START).get()).isEqualTo("www1 is already running.");
        for (Action a : List.of(Action.SHUT_DOWN, Action.STOP, Action.RESTART, Action.RESET)) {
            assertThat(vm.whyNotProperty(a).get()).as(a.name()).isNull();
        }
        assertThat(vm.whyNotProperty(Action.UNDELETE).get()).isEqualTo("www1 is not deleted.");
    }

    @Test
    void aServerThatIsOffMayOnlyBeStarted() {
        select("default", "build");
        assertThat(vm.whyNotProperty(Action.START).get()).isNull();
        assertThat(vm.whyNotProperty(Action.STOP).get()).isEqualTo("build is powered off.");
        assertThat(vm.whyNotProperty(Action.RESTART).get()).isEqualTo("build is powered off. Use Start.");
    }

    @Test
    void aDeletedServerMayOnlyBeUndeleted() {
        select("staging", "oldshop");
        assertThat(vm.whyNotProperty(Action.START).get()).startsWith("oldshop is deleted. Undelete it first");
        assertThat(vm.whyNotProperty(Action.UNDELETE).get()).isNull();
    }

    @Test
    void aReadOnlyAccountDisablesEveryActionWithTheReason() {
        ServerEntry www1 = select("production", "www1");
        sim.access.markReadOnly(www1.account().id());
        for (Action a : Action.values()) {
            assertThat(vm.whyNotProperty(a).get()).as(a.name())
                    .isEqualTo("You may look at www1 but not change it: account acme-web is read-only for you.");
        }
    }

    @Test
    void nothingSelectedSaysSo() {
        assertThat(vm.whyNotProperty(Action.START).get()).isEqualTo("Select a server first");
    }

    @Test
    void stoppingARunningServerAsksOnceNamingIt() {
        select("production", "www1");
        vm.run(Action.STOP);

        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c.question()).isEqualTo("Stop www1 now?");
            assertThat(c.danger()).isTrue();
        });
        assertThat(sim.brains.writes).hasSize(1);
        assertThat(notes).containsExactly("Stopped www1.");
        assertThat(sim.server("production", "www1").vm().powerOn()).as("the tree's icon follows").isFalse();
    }

    @Test
    void eachConfirmationOffersTheCommandsForTheServersItChanges() {
        answer = false;
        ServerEntry www1 = sim.server("production", "www1");
        ServerEntry db1 = sim.server("production", "db1");
        URI brain = sim.changes.identity().endpoints().brain();

        vm.run(Action.STOP, List.of(www1, db1));
        vm.run(Action.SHUT_DOWN, List.of(www1));
        vm.run(Action.RESTART, List.of(www1));
        vm.run(Action.RESET, List.of(www1));

        assertThat(asked).hasSize(4);
        assertThat(asked.get(0).command()).isEqualTo(ChangeCommands.text(List.of(PowerChanges.stop(www1).change(),
                PowerChanges.stop(db1).change()), brain).orElseThrow())
                .contains("bytemark stop server www1.production.acme-web")
                .contains("bytemark stop server db1.production.acme-web");
        assertThat(asked.get(1).command()).isEqualTo(ChangeCommands.text(
                List.of(PowerChanges.shutdown(www1).change()), brain).orElseThrow());
        assertThat(asked.get(2).command()).as("the clean shutdown, then the start").isEqualTo(ChangeCommands.text(
                List.of(PowerChanges.shutdown(www1).change(), PowerChanges.startAfterShutdown(www1).change()),
                brain).orElseThrow());
        assertThat(asked.get(3).command()).isEqualTo(ChangeCommands.text(
                List.of(PowerChanges.reset(www1).change()), brain).orElseThrow());
        assertThat(asked).allSatisfy(c -> assertThat(c.command()).contains("$BYTEMARK_TOKEN")
                .doesNotContain("test-token"));
        assertThat(sim.brains.writes).as("copying sends nothing").isEmpty();
    }

    @Test
    void declinedNothingIsSent() {
        answer = false;
        select("production", "www1");
        vm.run(Action.RESTART);
        assertThat(asked).hasSize(1);
        assertThat(sim.brains.writes).isEmpty();
    }

    @Test
    void startingOneServerAsksNothingButSeveralAreListedAll() {
        select("default", "build");
        vm.run(Action.START);
        assertThat(asked).isEmpty();
        assertThat(notes).containsExactly("Started build.");

        vm.run(Action.STOP, List.of(sim.server("default", "build"), sim.server("production", "www1"),
                sim.server("production", "db1")));
        assertThat(asked).singleElement().satisfies(c -> {
            assertThat(c.question()).isEqualTo("Stop 3 servers now?");
            assertThat(c.servers()).containsExactly("build", "www1", "db1");
        });
    }

    @Test
    void serversAnActionDoesNotApplyToAreLeftOutOfTheList() {
        vm.run(Action.SHUT_DOWN, List.of(sim.server("default", "build"), sim.server("production", "www1")));
        assertThat(asked).singleElement().satisfies(c -> assertThat(c.servers()).containsExactly("www1"));
        assertThat(notes).first().isEqualTo("Left out: build is powered off.");
    }

    @Test
    void resetWarnsThatItDoesNotApplyDiscChanges() {
        select("production", "www1");
        vm.run(Action.RESET);
        assertThat(asked.get(0).warning()).contains("does not apply disc changes");
        assertThat(notes).containsExactly("Reset www1: disc changes are not applied.");
    }

    @Test
    void restartShutsDownWaitsAndStarts() {
        select("production", "www1");
        vm.run(Action.RESTART);
        assertThat(sim.brains.writes).hasSize(3);
        assertThat(notes).containsExactly("Restarted www1: it sees its disc changes now.");
    }

    @Test
    void aTimedOutShutdownOffersAHardStopAndLeavingItSendsNothingMore() {
        build(Duration.ofSeconds(10));
        select("production", "www1");
        vm.run(Action.SHUT_DOWN);

        assertThat(hardStopOffers).containsExactly("www1 10 s");
        assertThat(sim.brains.writes).as("autoreboot off and the signal, no stop").hasSize(2);
        assertThat(notes).containsExactly("www1 did not power off; it is left as it is.");
    }

    @Test
    void aTimedOutRestartStopsAndStartsOnlyWhenTheUserSaysSo() {
        build(Duration.ofSeconds(10));
        hardStop = HardStopChoice.STOP_NOW;
        select("production", "www1");
        vm.run(Action.RESTART);

        assertThat(hardStopOffers).containsExactly("www1 10 s restarting");
        assertThat(sim.brains.writes).hasSize(4);   // autoreboot, signal, stop, start
        assertThat(notes).containsExactly("Restarted www1: it sees its disc changes now.");
    }

    @Test
    void aDiscAddedToARunningServerIsPendingUntilARestart() {
        ServerEntry www1 = select("production", "www1");
        sim.changes.prepare(DiscChanges.create(ServerTarget.of(www1), new DiscSpec("logs", 10240, "sata")),
                o -> { }, () -> { }).start();
        reselect();

        assertThat(pending.visibleProperty().get()).isTrue();
        assertThat(pending.noteProperty().get()).startsWith("Changes pending restart: disc logs added.");
        assertThat(pending.commandsProperty().get()).isEmpty();
        assertThat(marks).containsEntry(www1.vm().id(), "restart pending");
        sim.estate.refreshAll();
        reselect();
        assertThat(pending.visibleProperty().get()).as("survives a refresh").isTrue();

        pending.act();
        reselect();
        assertThat(pending.visibleProperty().get()).as("seen off and on: cleared").isFalse();
        assertThat(marks).isEmpty();
    }

    @Test
    void aGrowShowsTheGuestCommandsToCopy() {
        ServerEntry www1 = select("production", "www1");
        sim.changes.prepare(DiscChanges.resize(ServerTarget.of(www1), www1.vm().discs().get(1), 204800),
                o -> { }, () -> { }).start();
        reselect();

        assertThat(pending.noteProperty().get()).contains("uploads grown to 200 GiB");
        assertThat(pending.commandsProperty().get()).contains("sudo growpart /dev/vdb 1", "sudo resize2fs /dev/vdb1",
                "xfs_growfs");
        pending.copyCommands();
        assertThat(copied).containsExactly(pending.commandsProperty().get());
    }

    @Test
    void aDiscAddedToAServerThatIsOffNeedsNoRestart() {
        ServerEntry build = select("default", "build");
        sim.changes.prepare(DiscChanges.create(ServerTarget.of(build), new DiscSpec("logs", 10240, "sata")),
                o -> { }, () -> { }).start();
        assertThat(pending.visibleProperty().get()).isFalse();
    }
}
