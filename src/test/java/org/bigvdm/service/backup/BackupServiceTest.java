package org.bigvdm.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.testutil.SimBackupWorld.BUILD;
import static org.bigvdm.testutil.SimBackupWorld.DB1;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The backup changes and reads against the simulator, through the change service. */
class BackupServiceTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final SimBackupWorld w = new SimBackupWorld(SIM);
    private final List<Change> told = new ArrayList<>();

    {
        w.backups.subscribe(told::add);
    }

    private <R> ChangeOutcome<R> send(ChangeRequest<R> request) {
        List<ChangeOutcome<R>> answers = new ArrayList<>();
        w.changes.prepare(request, answers::add, () -> { }).start();
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private DiscBackups read(ServerTarget server, long discId) {
        List<DiscBackups> read = new ArrayList<>();
        w.backups.read(server, discId).onSuccess(read::add).start();
        return read.get(0);
    }

    @Test
    void aBackupIsTakenOnceTheDiscReadAgainAndItsWaitEndsWhenDone() {
        ServerTarget build = ServerTarget.of(w.server(BUILD));
        Disc root = w.disc(BUILD, "root");

        ChangeOutcome<Backup> taken = send(BackupChanges.takeBackup(build, root));

        assertThat(taken.status()).isEqualTo(ChangeOutcome.Status.DONE);
        assertThat(taken.change().kind()).isEqualTo(ChangeKind.BACKUP_DISC);
        assertThat(told).extracting(Change::kind).containsExactly(ChangeKind.BACKUP_DISC);
        assertThat(w.disc(BUILD, "root").backupCount()).as("the server was read again").isEqualTo(1);
        List<Backup> done = new ArrayList<>();
        w.backups.waitUntilDone(build, root.id(), taken.answer()).onSuccess(done::add).start();
        assertThat(done).singleElement().satisfies(b -> assertThat(b.inProgress()).isFalse());
        assertThat(read(build, root.id()).backups()).extracting(Backup::id).containsExactly(taken.answer().id());
        assertThat(w.backups.latestKnown(root.id())).isPresent();
    }

    @Test
    void schedulesAreAddedAndRemovedWithTheirFieldsRecorded() {
        ServerTarget build = ServerTarget.of(w.server(BUILD));
        Disc root = w.disc(BUILD, "root");

        ChangeOutcome<BackupSchedule> added = send(BackupChanges.addSchedule(build, root,
                new BackupScheduleSpec("00:00", 86400, 7)));
        assertThat(added.change().asked()).isEqualTo(Map.of("start_at", "00:00", "interval_seconds", 86400L,
                "capacity", 7L));
        assertThat(read(build, root.id()).schedules()).extracting(BackupSchedule::capacity).containsExactly(7);

        ChangeOutcome<BackupSchedule> removed = send(BackupChanges.removeSchedule(build, root, added.answer()));
        assertThat(removed.status()).isEqualTo(ChangeOutcome.Status.DONE);
        assertThat(removed.change().before()).containsEntry("capacity", 7);
        assertThat(read(build, root.id()).schedules()).isEmpty();
        assertThat(told).extracting(Change::kind).containsExactly(ChangeKind.ADD_SCHEDULE, ChangeKind.REMOVE_SCHEDULE);
    }

    @Test
    void restoreAndDeleteAddressTheBackupById() {
        ServerTarget build = ServerTarget.of(w.server(BUILD));
        Disc root = w.disc(BUILD, "root");
        Backup b = send(BackupChanges.takeBackup(build, root)).answer();

        ChangeOutcome<Backup> restored = send(BackupChanges.restore(build, root, b));
        assertThat(restored.status()).isEqualTo(ChangeOutcome.Status.DONE);
        assertThat(restored.change().asked()).containsEntry("restore", true).containsEntry("backup", b.label());
        assertThat(read(build, root.id()).backups()).as("the safety backup").hasSize(2);

        ChangeOutcome<Backup> deleted = send(BackupChanges.deleteBackup(build, root, b));
        assertThat(deleted.status()).isEqualTo(ChangeOutcome.Status.DONE);
        assertThat(read(build, root.id()).backup(b.id())).isEmpty();
    }

    @Test
    void restoringWhileTheServerIsOnIsRefusedInTheServersWords() {
        ServerTarget db1 = ServerTarget.of(w.server(DB1));
        Disc pgdata = w.disc(DB1, "pgdata");
        Backup newest = read(db1, pgdata.id()).backups().get(0);

        ChangeOutcome<Backup> refused = send(BackupChanges.restore(db1, pgdata, newest));

        assertThat(refused.status()).isEqualTo(ChangeOutcome.Status.REFUSED);
        assertThat(refused.error().fieldErrors()).isEqualTo(Map.of("virtual_machine", List.of("must be powered off")));
    }

    @Test
    void aBackupDeletedElsewhereIsGoneAndTheDiscIsToldToBeReadAgain() {
        ServerTarget build = ServerTarget.of(w.server(BUILD));
        Disc root = w.disc(BUILD, "root");
        Backup b = send(BackupChanges.takeBackup(build, root)).answer();
        w.brain.deleteBackup(BUILD, "root", b.label());
        told.clear();

        ChangeOutcome<Backup> gone = send(BackupChanges.deleteBackup(build, root, b));

        assertThat(gone.status()).isEqualTo(ChangeOutcome.Status.GONE);
        assertThat(told).extracting(Change::kind).containsExactly(ChangeKind.DELETE_BACKUP);
        List<UserError> failed = new ArrayList<>();
        w.backups.waitUntilDone(build, root.id(), b).onFailure(failed::add).start();
        assertThat(failed).singleElement().extracting(UserError::kind).isEqualTo(UserError.Kind.GONE);
    }
}
