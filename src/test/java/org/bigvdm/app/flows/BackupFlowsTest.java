package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Disc;
import org.bigvdm.app.WindowShots;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.sim.state.StoredBackup;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.ui.backups.BackupItem;
import org.bigvdm.ui.backups.SchedulePreset;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14 end to end: the Backups pane and its dialogs in the real main window against the
 * simulator on a test clock, then the simulator's own state is checked. The rules and messages
 * are covered by the ViewModel tests.
 */
class BackupFlowsTest extends DemoWindowTest {
    private static final Duration DELAY = Duration.ofSeconds(5);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.backupDelay(DELAY)
            .sessionLifetime(Duration.ofDays(365))).withTestClock().resetBeforeEachTest();

    @Override
    protected SimulatorExtension sim() {
        return SIM;
    }

    @Test
    void backUpNowShowsProgressUntilTheBackupIsDone() throws Exception {
        selectDisc("default", "build", "root");

        clickOn("#backUpNow");

        app.waitUntil(() -> lookup("#backupProgress").queryAs(Label.class).getText().contains("in progress"));
        assertThat(simBackups("default", "build", "root")).singleElement()
                .satisfies(b -> assertThat(b.inProgress()).isTrue());
        assertThat(lookup("#backUpNow").queryAs(Button.class).isDisabled()).as("never sent twice").isTrue();
        SIM.advance(DELAY);

        app.waitUntil(() -> lookup("#backupMessage").queryAs(Label.class).getText().endsWith(" is done."));
        assertThat(simBackups("default", "build", "root")).singleElement()
                .satisfies(b -> assertThat(b.inProgress()).isFalse());
        assertThat(backupTable().getItems()).singleElement().extracting(BackupItem::state).isEqualTo("done");
        shoot("backups-pane.png");
    }

    @Test
    void anAddedScheduleIsShownTakesBackupsAsTheClockMovesAndPrunesOldOnes() throws Exception {
        selectDisc("default", "build", "root");
        clickOn("#addSchedule");
        app.waitUntil(() -> dialogShowing("Add backup schedule"));
        shoot("schedule-editor.png");
        ComboBox<SchedulePreset> preset = lookup("#preset").query();
        app.onFx(() -> preset.setValue(SchedulePreset.CUSTOM));
        clickOn("#interval").write("3600");
        shoot("schedule-custom.png");
        TextField capacity = lookup("#capacity").query();
        app.onFx(capacity::clear);
        clickOn(capacity).write("2");
        assertThat(lookup("#estimate").queryAs(Label.class).getText())
                .isEqualTo("Backup space: up to 50 GiB × 2 = 100 GiB");
        clickOn("#ok");

        app.waitUntil(() -> !dialogShowing("Add backup schedule"));
        app.waitUntil(() -> app.window().lookup("#scheduleList") != null
                && scheduleTexts().equals(List.of("every hour at 00 past, keep 2")));
        assertThat(SIM.simulator().state().discsOf(demoVmId("default", "build")).get(0).backupSchedules()).hasSize(1);

        SIM.advance(Duration.ofHours(5));
        app.onFx(() -> app.vm().refresh());

        app.waitUntil(() -> backupTable().getItems().size() == 2);
        List<Backup> kept = simBackups("default", "build", "root");
        assertThat(kept).as("five runs, the newest two kept").hasSize(2).allMatch(b -> !b.manual());
        assertThat(backupTable().getItems()).extracting(BackupItem::kind).containsOnly("scheduled");
    }

    @Test
    void restoreWithTheServerOffOverwritesTheDisc() throws Exception {
        Backup taken = SIM.simulator().state().backupOperations().take(demoVmId("default", "build"), "root");
        SIM.advance(DELAY);
        selectDisc("default", "build", "root");
        app.waitUntil(() -> backupTable().getItems().size() == 1);
        app.onFx(() -> backupTable().getSelectionModel().select(0));

        clickOn("#restoreBackup");
        app.waitUntil(() -> dialogShowing("Restore backup"));
        shoot("restore-dialog.png");
        Button ok = lookup("#ok").queryAs(Button.class);
        clickOn("#confirmation").write("Root");
        assertThat(ok.isDisabled()).as("wrong case").isTrue();
        eraseText(4);
        write("root");
        assertThat(ok.isDisabled()).isFalse();
        clickOn(ok);

        app.waitUntil(() -> !dialogShowing("Restore backup"));
        Disc root = SIM.simulator().state().disc(demoVmId("default", "build"), "root");
        assertThat(root.restoring()).isTrue();
        assertThat(simBackups("default", "build", "root")).as("the safety backup first").hasSize(2)
                .first().extracting(Backup::id).isEqualTo(taken.id());
        SIM.advance(DELAY);
        assertThat(SIM.simulator().state().disc(demoVmId("default", "build"), "root").restoring()).isFalse();
    }

    /** The restore dialog for db1's newest pgdata backup, the label typed; db1 is on. */
    private void openRestoreOnRunningDb1AndTypeTheLabel() throws Exception {
        selectDisc("production", "db1", "pgdata");
        app.waitUntil(() -> backupTable().getItems().size() == 8);
        app.onFx(() -> backupTable().getSelectionModel().select(0));
        clickOn("#restoreBackup");
        app.waitUntil(() -> dialogShowing("Restore backup"));
        clickOn("#confirmation").write("pgdata");
    }

    @Test
    void restoreShutsTheServerDownFirstThenRestoresAfterTheLabel() throws Exception {
        openRestoreOnRunningDb1AndTypeTheLabel();
        Button ok = lookup("#ok").queryAs(Button.class);
        assertThat(ok.isDisabled()).isTrue();

        clickOn("#restoreShutDownFirst");
        app.waitUntil(() -> lookup("#restoreStopWaiting").queryAs(Button.class).isVisible()
                && lookup("#restore-shutdown-message").queryAs(Label.class).getText().startsWith("waiting for db1"));
        shoot("restore-shutting-down.png");
        assertThat(ok.isDisabled()).as("not while it is on").isTrue();
        SIM.advance(Duration.ofSeconds(3));   // the simulator's powerdown delay

        app.waitUntil(() -> !ok.isDisabled());
        assertThat(lookup("#restore-shutdown-message").queryAs(Label.class).getText()).contains("is off");
        assertThat(SIM.simulator().state().disc(demoVmId("production", "db1"), "pgdata").restoring())
                .as("never restored by itself").isFalse();
        clickOn(ok);
        app.waitUntil(() -> !dialogShowing("Restore backup"));
        assertThat(SIM.simulator().state().disc(demoVmId("production", "db1"), "pgdata").restoring()).isTrue();
    }

    @Test
    void stopWaitingInTheRestoreDialogLeavesTheServerOnAndRestoresNothing() throws Exception {
        openRestoreOnRunningDb1AndTypeTheLabel();
        clickOn("#restoreShutDownFirst");
        app.waitUntil(() -> lookup("#restoreStopWaiting").queryAs(Button.class).isVisible());
        clickOn("#restoreStopWaiting");

        app.waitUntil(() -> lookup("#restore-shutdown-message").queryAs(Label.class).getText()
                .startsWith("Stopped waiting"));
        assertThat(lookup("#ok").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(lookup("#restoreShutDownFirst").queryAs(Button.class).isVisible()).as("may try again").isTrue();
        assertThat(SIM.simulator().state().disc(demoVmId("production", "db1"), "pgdata").restoring()).isFalse();
        clickOn("#cancel");
        app.waitUntil(() -> !dialogShowing("Restore backup"));
    }

    @Test
    void restoreIsRefusedWhileTheServerIsOn() throws Exception {
        openRestoreOnRunningDb1AndTypeTheLabel();

        assertThat(lookup("#ok").queryAs(Button.class).isDisabled()).isTrue();
        shoot("restore-refused.png");
        assertThat(lookup("#blocked-reason").queryAs(Label.class).getText()).startsWith("The server db1 is on.");
        clickOn("#cancel");
        app.waitUntil(() -> !dialogShowing("Restore backup"));
        assertThat(SIM.simulator().state().disc(demoVmId("production", "db1"), "pgdata").restoring()).isFalse();
        assertThat(simBackups("production", "db1", "pgdata")).hasSize(8);
    }

    @Test
    void deletingABackupRemovesItFromTheSimulator() throws Exception {
        selectDisc("production", "db1", "pgdata");
        app.waitUntil(() -> backupTable().getItems().size() == 8);
        app.onFx(() -> backupTable().getSelectionModel().select(7));
        String oldest = backupTable().getItems().get(7).label();

        clickOn("#deleteBackup");
        app.waitUntil(() -> dialogShowing("Delete backup"));
        assertThat(lookup("#warning").queryAs(Label.class).getText()).contains(oldest).contains("7 other backups stay");
        clickOn("#ok");

        app.waitUntil(() -> backupTable().getItems().size() == 7);
        assertThat(simBackups("production", "db1", "pgdata")).hasSize(7).noneMatch(b -> b.label().equals(oldest));
    }

    @Test
    void purgingADiscPurgesItsBackups() throws Exception {
        selectDisc("production", "www2", "root");
        app.waitUntil(() -> backupTable().getItems().size() == 2);
        long discId = app.vm().table().selectedRowProperty().get().id();

        clickOn("#purgeButton");
        app.waitUntil(() -> dialogShowing("Purge disc"));
        assertThat(lookup("#warning").queryAs(Label.class).getText()).endsWith("Its 2 backups go with it.");
        clickOn("#confirmation").write("root");
        clickOn("#ok");

        app.waitUntil(() -> !dialogShowing("Purge disc"));
        assertThat(SIM.simulator().state().snapshot().backups()).extracting(StoredBackup::parentDiscId)
                .doesNotContain(discId);
    }

    @Test
    void discsWithoutBackupsListsTheUnprotectedAndShowsOneInTheMainWindow() throws Exception {
        clickOn("View");
        clickOn("Discs without backups…");
        app.waitUntil(() -> dialogShowing("Discs without backups"));
        TableView<?> list = lookup("#discsWithoutBackups").query();
        assertThat(lookup("#discsWithoutBackupsSummary").queryAs(Label.class).getText())
                .endsWith(" discs have no backup and no schedule.");
        int wal = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            var row = (org.bigvdm.ui.backups.DiscsWithoutBackupsViewModel.Row) list.getItems().get(i);
            if (row.serverName().equals("db1") && row.label().equals("wal")) {
                wal = i;
            }
        }
        assertThat(wal).as("db1/wal is listed").isNotNegative();
        int index = wal;
        app.onFx(() -> list.getSelectionModel().select(index));
        clickOn("#showDiscWithoutBackups");

        app.waitUntil(() -> app.vm().table().selectedRowProperty().get() != null
                && app.vm().table().selectedRowProperty().get().label().equals("wal"));
        app.waitUntil(() -> lookup("#backupsHeading").queryAs(Label.class).getText().equals("Backups of wal on db1"));
        assertThat(list.getItems()).as("db1's pgdata has backups").noneMatch(r -> {
            var row = (org.bigvdm.ui.backups.DiscsWithoutBackupsViewModel.Row) r;
            return row.serverName().equals("db1") && row.label().equals("pgdata");
        });
    }

    // --- helpers ---

    private void selectDisc(String group, String vm, String label) throws Exception {
        ServerEntry server = demoServer(group, vm);
        app.onFx(() -> app.vm().tree().selectedKeyProperty().set(server.key()));
        app.waitUntil(() -> app.vm().table().rows().stream().anyMatch(r -> r.label().equals(label)));
        DiscRow row = app.vm().table().rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
        clickOn(lookup("#discTable").lookup(label).queryLabeled());
        app.waitUntil(() -> row.equals(app.vm().table().selectedRowProperty().get()));
        app.waitUntil(() -> !lookup("#backUpNow").queryAs(Button.class).isDisabled());
    }

    private List<Backup> simBackups(String group, String vm, String disc) {
        return SIM.simulator().state().backupOperations().list(demoVmId(group, vm), disc);
    }

    private TableView<BackupItem> backupTable() {
        return lookup("#backupTable").query();
    }

    private List<String> scheduleTexts() {
        return lookup("#scheduleList").<javafx.scene.control.ListView<org.bigvdm.ui.backups.ScheduleItem>>query()
                .getItems().stream().map(s -> s.text()).toList();
    }

    /** With -Dbigvdm.shots=DIR, a PNG of every showing window, to look at the UI. */
    private void shoot(String name) {
        WindowShots.shoot(app, name);
    }
}
