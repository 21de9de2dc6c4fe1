package org.bigvdm.ui.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimPower;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every move rule, checked before anything is sent, the shutdown offer, and a lost answer, without FX. */
class MoveViewModelTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(Duration.ofSeconds(5)))
            .withTestClock().resetBeforeEachTest();

    private final List<String> explained = new ArrayList<>();
    private final List<String> shutdownOffers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final SimpleObjectProperty<DiscRow> selectedDisc = new SimpleObjectProperty<>();
    private Function<MovePickerViewModel, Optional<ServerEntry>> pick = p -> Optional.empty();
    private boolean shutDown = true;
    private SimPower sim;
    private MoveViewModel vm;

    private final MoveDialogs dialogs = new MoveDialogs() {
        @Override
        public Optional<ServerEntry> pickTarget(MovePickerViewModel picker) {
            return pick.apply(picker);
        }

        @Override
        public boolean offerShutdown(String reason, List<String> running) {
            shutdownOffers.add(reason + " " + running);
            return shutDown;
        }

        @Override
        public void explain(String title, String reason) {
            explained.add(reason);
        }
    };

    @BeforeEach
    void setUp() {
        sim = new SimPower(SIM);
        ServerPower power = sim.power(ServerPower.DEFAULT_TIMEOUT);
        vm = new MoveViewModel(sim.estate.estateProperty(), selectedDisc, sim.access, power, dialogs, notes::add);
    }

    private Disc disc(ServerEntry s, String label) {
        return s.vm().discs().stream().filter(d -> d.label().equals(label)).findFirst().orElseThrow();
    }

    private List<String> simLabels(String account, String group, String name) {
        long id = SIM.simulator().state().vmId(account, group, name);
        return SIM.simulator().state().discsOf(id).stream().map(Disc::label).toList();
    }

    private void refusedWithoutSending(ServerEntry from, String label, ServerEntry to, String reason) {
        vm.move(from, disc(from, label), to);
        assertThat(explained).containsExactly(reason);
        assertThat(sim.brains.writes).as("nothing sent").isEmpty();
    }

    @Test
    void aDiscMovesBetweenServersThatAreOffWithOnePutAndBothAreReadAgain() {
        ServerEntry build = sim.server("default", "build");
        ServerEntry db = sim.server("staging", "db");
        vm.move(build, disc(build, "cache"), db);

        assertThat(sim.brains.writes).hasSize(1);
        assertThat(notes).containsExactly("Moved disc cache from build to db.");
        assertThat(simLabels(DemoEstate.ACCOUNT, "staging", "db")).contains("cache");
        assertThat(sim.server("staging", "db").vm().discs()).extracting(Disc::label).contains("cache");
        assertThat(sim.server("default", "build").vm().discs()).extracting(Disc::label).containsExactly("root");
        assertThat(sim.finished).singleElement().satisfies(f -> assertThat(f.reread()).hasSize(2));
    }

    @Test
    void theBootDiscIsRefused() {
        refusedWithoutSending(sim.server("default", "build"), "root", sim.server("staging", "db"),
                "The disc root is build's boot disc (its first), which cannot be moved.");
    }

    @Test
    void aFullTargetIsRefused() {
        refusedWithoutSending(sim.server(DemoEstate.OTHER_ACCOUNT, "default", "monitor"), "metrics",
                sim.server(DemoEstate.OTHER_ACCOUNT, "office", "files"),
                "files already has 8 discs, the most a server can have.");
    }

    @Test
    void aLabelAlreadyOnTheTargetIsRefused() {
        ServerEntry db = sim.server("staging", "db");
        sim.brains.api.createDisc(db.ref(), new DiscSpec("cache", 1024, "sata"));
        sim.estate.refreshAll();
        sim.brains.writes.clear();
        refusedWithoutSending(sim.server("default", "build"), "cache", sim.server("staging", "db"),
                "db already has a disc labelled cache. Rename one of them first.");
    }

    @Test
    void aReadOnlyAccountIsRefused() {
        ServerEntry monitor = sim.server(DemoEstate.OTHER_ACCOUNT, "default", "monitor");
        sim.access.markReadOnly(monitor.account().id());
        refusedWithoutSending(sim.server("default", "build"), "cache", monitor,
                "You may look at the server monitor (account northwind) but not change it.");
    }

    @Test
    void theSameServerIsRefused() {
        ServerEntry build = sim.server("default", "build");
        refusedWithoutSending(build, "cache", build, "The disc cache is already on build.");
    }

    @Test
    void aRunningServerIsShutDownFirstWhenTheUserAgrees() {
        ServerEntry www1 = sim.server("production", "www1");
        vm.move(www1, disc(www1, "uploads"), sim.server("default", "build"));

        assertThat(shutdownOffers).containsExactly(
                "Both servers must be powered off to move a disc: www1 is running. [www1]");
        assertThat(sim.finished).extracting(f -> f.change().kind())
                .containsExactly(ChangeKind.SHUTDOWN_SERVER, ChangeKind.MOVE_DISC);
        assertThat(simLabels(DemoEstate.ACCOUNT, "default", "build")).contains("uploads");
        assertThat(notes).containsExactly("Moved disc uploads from www1 to build.");
    }

    @Test
    void declinedShutdownSendsNothing() {
        shutDown = false;
        ServerEntry www1 = sim.server("production", "www1");
        vm.move(www1, disc(www1, "uploads"), sim.server("default", "build"));
        assertThat(sim.brains.writes).isEmpty();
    }

    @Test
    void aLostAnswerIsSettledByReadingBothServersNeverBySendingAgain() {
        ServerEntry build = sim.server("default", "build");
        sim.brains.loseNextAnswer = true;
        vm.move(build, disc(build, "cache"), sim.server("staging", "db"));

        assertThat(sim.brains.writes).hasSize(1);
        assertThat(sim.finished.get(0).outcome().status()).isEqualTo(ChangeOutcome.Status.UNKNOWN);
        assertThat(explained).singleElement().asString().contains("the disc is on db, so it was moved.");
        assertThat(sim.server("staging", "db").vm().discs()).extracting(Disc::label).contains("cache");
    }

    @Test
    void thePickerSearchesAndOnlyLetsAPossibleTargetBeChosen() {
        ServerEntry build = sim.server("default", "build");
        selectedDisc.set(new DiscRow(disc(build, "cache"), build, "sata"));
        assertThat(vm.whyNoMoveProperty().get()).isNull();
        List<MovePickerViewModel> seen = new ArrayList<>();
        pick = p -> {
            seen.add(p);
            p.searchProperty().set("north");
            assertThat(p.choices()).extracting(MovePickerViewModel.Choice::title)
                    .containsExactlyInAnyOrder("files", "vpn", "intranet", "monitor");
            p.chosenProperty().set(p.choices().stream().filter(c -> c.title().equals("files")).findFirst()
                    .orElseThrow());
            assertThat(p.whyNoOkProperty().get()).isEqualTo("files already has 8 discs, the most a server can have.");
            p.searchProperty().set("db");
            p.chosenProperty().set(p.choices().stream().filter(c -> c.title().equals("db")).findFirst().orElseThrow());
            assertThat(p.whyNoOkProperty().get()).isNull();
            return p.result();
        };
        vm.moveSelected();

        assertThat(seen.get(0).heading()).isEqualTo("Move disc cache from build to…");
        assertThat(notes).containsExactly("Moved disc cache from build to db.");
    }

    @Test
    void aDraggedDiscHighlightsOnlyServersItMayGoTo() {
        ServerEntry build = sim.server("default", "build");
        ServerEntry db = sim.server("staging", "db");
        assertThat(vm.startDrag(new DiscRow(disc(build, "cache"), build, "sata"))).isTrue();

        assertThat(vm.whyNotDropOn(db.key())).isNull();
        assertThat(vm.dropHint(db.key())).isEqualTo("Move cache to db");
        assertThat(vm.whyNotDropOn(sim.server("production", "www1").key())).as("running: offers a shutdown").isNull();
        assertThat(vm.dropHint(sim.server("production", "www1").key())).endsWith("Drop to shut down first.");
        assertThat(vm.whyNotDropOn(sim.server(DemoEstate.OTHER_ACCOUNT, "office", "files").key()))
                .isEqualTo("files already has 8 discs, the most a server can have.");
        assertThat(vm.whyNotDropOn(build.key().substring(0, build.key().lastIndexOf('/'))))
                .isEqualTo("Drop the disc on a server");

        vm.dropOn(db.key());
        assertThat(vm.draggingProperty().get()).isNull();
        assertThat(notes).containsExactly("Moved disc cache from build to db.");
    }

    @Test
    void escapeCancelsADragAndADropOnARefusedServerSendsNothing() {
        ServerEntry build = sim.server("default", "build");
        vm.startDrag(new DiscRow(disc(build, "root"), build, "sata"));
        vm.dropOn(sim.server("staging", "db").key());
        assertThat(notes).containsExactly("The disc root is build's boot disc (its first), which cannot be moved.");

        vm.startDrag(new DiscRow(disc(build, "cache"), build, "sata"));
        vm.cancelDrag();
        vm.dropOn(sim.server("staging", "db").key());
        assertThat(sim.brains.writes).isEmpty();
    }
}
