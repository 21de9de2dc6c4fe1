package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.WWW2;
import static org.bigvdm.contract.Contract.badRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.state.BackupOperations;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Restoring a backup onto its disc through the real client, on simulated time: a safety backup
 * first, then the disc shows as restoring ({@code iceberg} plus {@code new_storage_grade}) until
 * the copy is done; refused while the server is on.
 */
class RestoreContractTest {
    private static final Duration DELAY = BackupContractTest.DELAY;

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.backupDelay(DELAY))
            .withTestClock().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    /** BUILD (off) gets a finished backup of its 50 GiB ssd root disc. */
    private Backup finishedBackupOfBuildRoot() {
        Backup b = c.brain().takeBackup(BUILD, "root");
        SIM.advance(DELAY);
        return b;
    }

    @Test
    void restoreWithTheServerOffTakesASafetyBackupThenRestores() {
        Backup backup = finishedBackupOfBuildRoot();
        SIM.advance(Duration.ofMinutes(3));

        Backup answered = c.brain().restoreBackup(BUILD, "root", backup.label());

        assertThat(answered.id()).isEqualTo(backup.id());
        Disc restoring = c.brain().disc(BUILD, "root");
        assertThat(restoring.restoring()).isTrue();
        assertThat(restoring.storageGrade()).isEqualTo("iceberg");
        assertThat(restoring.newStorageGrade()).isEqualTo("ssd");
        List<Backup> backups = c.brain().backups(BUILD, "root");
        assertThat(backups).hasSize(2);
        Backup safety = backups.get(1);
        assertThat(safety.manual()).as("the safety backup is kept until deleted").isTrue();
        assertThat(safety.inProgress()).isTrue();
        assertThat(safety.storageGrade()).as("a copy of the disc as it was, on ssd").isEqualTo("ssd");
        assertThat(restoring.backupCount()).isEqualTo(2);

        SIM.advance(DELAY);
        Disc restored = c.brain().disc(BUILD, "root");
        assertThat(restored.restoring()).isFalse();
        assertThat(restored.storageGrade()).isEqualTo("ssd");
        assertThat(restored.newStorageGrade()).isNull();
        assertThat(restored.size()).isEqualTo(restoring.size());
        assertThat(c.brain().backups(BUILD, "root")).noneMatch(Backup::inProgress);
        assertThat(c.pending(BackupOperations.restoreKey(restored.id()))).isFalse();
    }

    @Test
    void restoreIsRefusedWhileTheServerIsOn() {
        Backup older = c.brain().backups(WWW2, "root").get(0);
        Disc before = c.requireStateDisc(WWW2, "root");
        BadRequestException e = badRequest(() -> c.brain().restoreBackup(WWW2, "root", older.label()),
                "virtual_machine", "must be powered off");
        assertThat(e.status()).isEqualTo(400);
        assertThat(c.requireStateDisc(WWW2, "root")).as("no safety backup, no restore").isEqualTo(before);
        assertThat(c.stateBackups(WWW2, "root")).hasSize(2);
    }

    /** The app's flow when the server is on: stop it first, then restore. */
    @Test
    void afterAStopTheRestoreGoesAhead() {
        Backup older = c.brain().backups(WWW2, "root").get(0);
        c.brain().stop(WWW2);
        c.brain().restoreBackup(WWW2, "root", Long.toString(older.id()));
        assertThat(c.brain().disc(WWW2, "root").restoring()).isTrue();
    }

    @Test
    void aBackupStillInProgressCannotBeRestored() {
        Backup taken = c.brain().takeBackup(BUILD, "root");
        badRequest(() -> c.brain().restoreBackup(BUILD, "root", taken.label()), "backup", "is still in progress");
        assertThat(c.stateBackups(BUILD, "root")).hasSize(1);
    }

    @Test
    void aRestoringDiscTakesNoBackupAndNoSecondRestore() {
        Backup backup = finishedBackupOfBuildRoot();
        c.brain().restoreBackup(BUILD, "root", backup.label());
        badRequest(() -> c.brain().restoreBackup(BUILD, "root", backup.label()), "disc", "is already being restored");
        badRequest(() -> c.brain().takeBackup(BUILD, "root"), "disc", "is being restored");
        assertThat(c.stateBackups(BUILD, "root")).hasSize(2);
    }

    /** Every reason at once, as Rails names them. */
    @Test
    void everyReasonIsNamedAtOnce() {
        Backup backup = finishedBackupOfBuildRoot();
        c.brain().restoreBackup(BUILD, "root", backup.label());
        c.brain().start(BUILD);
        Backup safety = c.stateBackups(BUILD, "root").get(1);
        BadRequestException e = Contract.thrown(BadRequestException.class,
                () -> c.brain().restoreBackup(BUILD, "root", safety.label()));
        assertThat(e.fieldErrors()).isEqualTo(Map.of("virtual_machine", List.of("must be powered off"),
                "backup", List.of("is still in progress"), "disc", List.of("is already being restored")));
    }

    /** PUT works like PATCH: without "restore": true nothing happens; a non-boolean is refused. */
    @Test
    void withoutRestoreTrueNothingChanges() {
        Backup backup = finishedBackupOfBuildRoot();
        String path = Contract.path(BUILD) + "/discs/root/backups/" + backup.id();
        var nothing = c.raw().put(path, "{\"restore\": false, \"label\": \"renamed\"}");
        assertThat(nothing.statusCode()).isEqualTo(200);
        assertThat(nothing.body()).contains(backup.label());
        var empty = c.raw().put(path, "{}");
        assertThat(empty.statusCode()).isEqualTo(200);
        var wrongType = c.raw().put(path, "{\"restore\": \"yes\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).isEqualTo("{\"restore\":[\"is not a boolean\"]}");
        var notJson = c.raw().put(path, "restore");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(c.requireStateDisc(BUILD, "root").restoring()).isFalse();
        assertThat(c.stateBackups(BUILD, "root")).hasSize(1);
    }

    /** A restore does not survive its disc: purged meanwhile, nothing is left to finish. */
    @Test
    void aDiscPurgedDuringARestoreLeavesNothingPending() {
        Backup backup = finishedBackupOfBuildRoot();
        long root = c.requireStateDisc(BUILD, "root").id();
        c.brain().restoreBackup(BUILD, "root", backup.label());
        assertThat(c.pending(BackupOperations.restoreKey(root))).isTrue();
        c.brain().purgeDisc(BUILD, "root");
        assertThat(c.pending(BackupOperations.restoreKey(root))).isFalse();
        SIM.advance(DELAY);
        assertThat(c.stateDisc(BUILD, "root")).isEmpty();
    }
}
