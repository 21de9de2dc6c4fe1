package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.testutil.SimBackupWorld.BUILD;
import static org.bigvdm.testutil.SimBackupWorld.DB1;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Backups pane's ViewModel against the simulator, without a toolkit. */
class BackupsViewModelTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final SimBackupWorld w = new SimBackupWorld(SIM);
    private final SimpleObjectProperty<DiscRow> selected = new SimpleObjectProperty<>();
    private final ScriptedBackupDialogs dialogs = new ScriptedBackupDialogs();
    private final BackupsViewModel vm = new BackupsViewModel(
            new BackupsViewModel.Services(w.backups, w.changes, w.estate, w.access), selected, dialogs,
            Clock.systemUTC(), ZoneId.of("Europe/London"));

    private void select(VmRef ref, String label) {
        ServerEntry s = w.server(ref);
        selected.set(new DiscRow(w.disc(ref, label), s, new Definitions(null, null, null).describe("sata")));
    }

    private long writes(ChangeKind kind) {
        return w.finished.stream().filter(f -> f.change().kind() == kind).count();
    }

    @Test
    void listsTheBackupsNewestFirstAndTheScheduleInWords() {
        select(DB1, "pgdata");

        assertThat(vm.headingProperty().get()).isEqualTo("Backups of pgdata on db1");
        assertThat(vm.backups()).hasSize(8);
        assertThat(vm.backups().get(0).kind()).isEqualTo("scheduled");
        assertThat(vm.backups().get(7).kind()).isEqualTo("manual");
        assertThat(vm.backups()).allSatisfy(b -> assertThat(b.state()).isEqualTo("done"));
        assertThat(vm.schedules()).extracting(ScheduleItem::text).containsExactly("every day at 00:00, keep 7");
        assertThat(vm.spaceProperty().get()).startsWith("Scheduled backups take up to ");
    }

    @Test
    void aDiscWithoutBackupsSaysSo() {
        select(DB1, "wal");

        assertThat(vm.backups()).isEmpty();
        assertThat(vm.emptyTextProperty().get()).isEqualTo("No backups of wal yet. Back up now takes one.");
        assertThat(vm.spaceProperty().get()).isEqualTo("No schedule: only manual backups are taken.");
    }

    @Test
    void aReadOnlyAccountSeesBackupsButCannotChangeThem() {
        select(DB1, "pgdata");
        assertThat(vm.canBackUpProperty().get()).isTrue();
        w.access.markReadOnly(w.server(DB1).account().id());
        vm.selectedBackupProperty().set(vm.backups().get(0));

        assertThat(vm.backups()).hasSize(8);
        assertThat(vm.whyNoChangeProperty().get()).isEqualTo("You may look at the server db1 but not change it.");
        assertThat(vm.canBackUpProperty().get()).isFalse();
        assertThat(vm.backupSelectedProperty().get()).isFalse();
        vm.backUpNow();
        vm.deleteSelected();
        assertThat(dialogs.opened).isEmpty();
        assertThat(w.brains.writes).isEmpty();
    }

    @Test
    void backUpNowIsSentOnceAndWaitsUntilDone() {
        select(BUILD, "root");

        vm.backUpNow();

        assertThat(writes(ChangeKind.BACKUP_DISC)).isEqualTo(1);
        assertThat(vm.backingUpProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).matches("The backup root-backup-\\d{14} is done\\.");
        assertThat(vm.backups()).singleElement().satisfies(b -> assertThat(b.state()).isEqualTo("done"));
        assertThat(w.brain.backups(BUILD, "root")).hasSize(1);
    }

    @Test
    void aLostAnswerIsSettledByReadingTheListNotBySendingAgain() {
        select(BUILD, "root");
        SIM.simulator().faults().malformedNext(1);

        vm.backUpNow();

        assertThat(writes(ChangeKind.BACKUP_DISC)).isEqualTo(1);
        assertThat(w.brains.writes).as("sent once").singleElement().asString().startsWith("POST ").endsWith("/backups");
        assertThat(w.brain.backups(BUILD, "root")).as("one backup, not two").hasSize(1);
        assertThat(vm.messageProperty().get()).startsWith("No answer came (")
                .contains("but the list shows the backup was taken. The backup root-backup-");
        assertThat(vm.backups()).hasSize(1);
    }

    @Test
    void anAnswerCutOffIsSettledTheSameWay() {
        select(BUILD, "root");
        w.brains.loseNextAnswer = true;

        vm.backUpNow();

        assertThat(w.brains.writes).singleElement().asString().startsWith("POST ");
        assertThat(vm.messageProperty().get()).contains("but the list shows the backup was taken.");
        assertThat(vm.backups()).hasSize(1);
    }

    @Test
    void aRefusedBackupSaysWhyInTheServersWords() {
        select(BUILD, "root");
        SIM.simulator().faults().failNext(1, 503);

        vm.backUpNow();

        assertThat(vm.messageProperty().get()).startsWith("The backup was refused: ");
        assertThat(w.brain.backups(BUILD, "root")).isEmpty();
    }

    @Test
    void deletingABackupSaysWhatIsLostThenItIsGone() {
        select(DB1, "pgdata");
        BackupItem oldest = vm.backups().get(7);
        vm.selectedBackupProperty().set(oldest);

        vm.deleteSelected();

        DeleteBackupViewModel asked = dialogs.last();
        assertThat(asked.warning()).startsWith("This deletes the backup " + oldest.label() + " (")
                .contains(" of the disc pgdata on db1. It cannot be restored from afterwards, and this cannot be"
                        + " undone. 7 other backups stay.");
        assertThat(vm.backups()).hasSize(7).noneMatch(b -> b.id() == oldest.id());
        assertThat(vm.messageProperty().get()).isEqualTo("Deleted the backup " + oldest.label() + ".");
    }

    @Test
    void aBackupDeletedElsewhereIsReadAgainAndSaidToBeGone() {
        select(DB1, "pgdata");
        BackupItem newest = vm.backups().get(0);
        vm.selectedBackupProperty().set(newest);
        w.brain.deleteBackup(DB1, "pgdata", newest.label());

        vm.deleteSelected();

        DeleteBackupViewModel asked = dialogs.last();
        assertThat(asked.generalErrorProperty().get()).isEqualTo(BackupsViewModel.goneBackup(newest.label()));
        assertThat(asked.lockedProperty().get()).isTrue();
        assertThat(vm.backups()).as("read again").hasSize(7);
    }

    @Test
    void addingAScheduleShowsItAndItsSpace() {
        select(BUILD, "root");

        vm.addSchedule();

        assertThat(vm.schedules()).extracting(ScheduleItem::text).containsExactly("every day at 00:00, keep 7");
        assertThat(vm.messageProperty().get()).isEqualTo("Added the schedule: root is backed up every day at 00:00,"
                + " keep 7.");
        assertThat(vm.spaceProperty().get()).isEqualTo("Scheduled backups take up to 350 GiB (50 GiB × 7)");
    }

    @Test
    void changingAScheduleRemovesThenAdds() {
        select(DB1, "pgdata");
        vm.selectedScheduleProperty().set(vm.schedules().get(0));
        dialogs.fill = form -> ((ScheduleEditorViewModel) form).capacityProperty().set("14");

        vm.changeSelectedSchedule();

        assertThat(w.finished).extracting(f -> f.change().kind())
                .containsExactlyInAnyOrder(ChangeKind.REMOVE_SCHEDULE, ChangeKind.ADD_SCHEDULE);
        assertThat(vm.schedules()).extracting(ScheduleItem::text).containsExactly("every day at 00:00, keep 14");
    }

    @Test
    void aChangeWhoseRemovalFindsTheScheduleGoneSaysWhichStepFailed() {
        select(DB1, "pgdata");
        vm.selectedScheduleProperty().set(vm.schedules().get(0));
        w.brain.removeBackupSchedule(DB1, "pgdata", vm.schedules().get(0).schedule().id());

        vm.changeSelectedSchedule();

        ScheduleEditorViewModel editor = dialogs.last();
        assertThat(editor.generalErrorProperty().get()).isEqualTo(ScheduleEditorViewModel.STEP_1_FAILED
                + "The schedule or its disc is no longer there: it was removed elsewhere. The backups were read again.");
        assertThat(writes(ChangeKind.ADD_SCHEDULE)).isZero();
        assertThat(vm.schedules()).as("read again").isEmpty();
    }

    @Test
    void aChangeWhoseAddIsRefusedSaysTheOldScheduleIsAlreadyRemoved() {
        select(DB1, "pgdata");
        vm.selectedScheduleProperty().set(vm.schedules().get(0));
        w.failNextCallTo("addBackupSchedule", new UnavailableException("down for a moment"));

        vm.changeSelectedSchedule();

        ScheduleEditorViewModel editor = dialogs.last();
        assertThat(editor.generalErrorProperty().get()).startsWith(ScheduleEditorViewModel.STEP_2_FAILED);
        assertThat(w.brain.disc(DB1, "pgdata").backupSchedules()).isEmpty();
    }
    @Test
    void removingAScheduleKeepsItsBackups() {
        select(DB1, "pgdata");
        vm.selectedScheduleProperty().set(vm.schedules().get(0));

        vm.removeSelectedSchedule();

        RemoveScheduleViewModel asked = dialogs.last();
        assertThat(asked.warning()).isEqualTo("The disc pgdata will no longer be backed up every day at 00:00,"
                + " keep 7. The backups this schedule took stay until you delete them.");
        assertThat(vm.schedules()).isEmpty();
        assertThat(vm.backups()).hasSize(8);
    }

    @Test
    void restoreIsRefusedBeforeSendingWhileTheServerIsOn() {
        select(DB1, "pgdata");
        vm.selectedBackupProperty().set(vm.backups().get(0));
        dialogs.fill = form -> ((RestoreViewModel) form).confirmationProperty().set("pgdata");

        vm.restoreSelected();

        RestoreViewModel asked = dialogs.last();
        assertThat(asked.blockedReasonProperty().get()).isEqualTo(asked.serverOnText());
        assertThat(asked.canSubmitProperty().get()).isFalse();
        assertThat(writes(ChangeKind.RESTORE_BACKUP)).isZero();
    }

    @Test
    void restoreWithTheServerOffRestoresAfterTheExactLabel() {
        select(BUILD, "root");
        vm.backUpNow();
        vm.selectedBackupProperty().set(vm.backups().get(0));
        dialogs.fill = form -> ((RestoreViewModel) form).confirmationProperty().set("root");

        vm.restoreSelected();

        RestoreViewModel asked = dialogs.last();
        assertThat(asked.warning()).startsWith("Everything on the disc root (50 GiB) of the server build is"
                + " overwritten with the backup taken ");
        assertThat(asked.safetyNote()).contains("taken first");
        assertThat(writes(ChangeKind.RESTORE_BACKUP)).isEqualTo(1);
        List<Backup> after = w.brain.backups(BUILD, "root");
        assertThat(after).as("the safety backup").hasSize(2);
        assertThat(vm.backups()).hasSize(2);
    }
}
