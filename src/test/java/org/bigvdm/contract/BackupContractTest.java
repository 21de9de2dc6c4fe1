package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.DB1;
import static org.bigvdm.contract.Contract.FILES;
import static org.bigvdm.contract.Contract.STAGING_DB;
import static org.bigvdm.contract.Contract.WWW2;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.state.BackupOperations;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Taking, listing and deleting backups through the real client, on simulated time: a backup of a
 * disc up to 100 GiB takes {@link #DELAY} on the test clock, and the test moves that clock.
 */
class BackupContractTest {
    static final Duration DELAY = Duration.ofSeconds(5);
    private static final Duration MS = Duration.ofMillis(1);
    private static final VmRef MAIL = new VmRef("acme-web", "default", "mail");

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.backupDelay(DELAY))
            .withTestClock().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    private Instant now() {
        return SIM.clock().instant();
    }

    @Test
    void aBackupIsInProgressUntilItHasReachedColdStorage() {
        Disc root = c.requireStateDisc(BUILD, "root");
        Backup taken = c.brain().takeBackup(BUILD, "root");

        assertThat(taken.label()).isEqualTo(BackupTimes.backupLabel("root", now()));
        assertThat(taken.manual()).isTrue();
        assertThat(taken.parentDiscId()).isEqualTo(root.id());
        assertThat(taken.virtualMachineId()).isEqualTo(c.id(BUILD));
        assertThat(taken.size()).isEqualTo(root.size());
        assertThat(taken.storageGrade()).as("on the disc's own storage first").isEqualTo("ssd");
        assertThat(taken.inProgress()).isTrue();
        assertThat(c.brain().backups(BUILD, "root")).containsExactly(taken);
        assertThat(c.brain().disc(BUILD, "root").backupCount()).isEqualTo(1);

        SIM.advance(DELAY.minus(MS));
        assertThat(c.brain().backups(BUILD, "root").get(0).inProgress()).isTrue();
        SIM.advance(MS);
        Backup done = c.brain().backups(BUILD, "root").get(0);
        assertThat(done.inProgress()).isFalse();
        assertThat(done.storageGrade()).isEqualTo(Backup.COLD_STORAGE_GRADE);
        assertThat(done.label()).isEqualTo(taken.label());
        assertThat(c.pending(BackupOperations.completionKey(root.id(), taken.id()))).isFalse();
    }

    /** The next request applies a completion that fell due: no runDue() needed. */
    @Test
    void theNextRequestSeesABackupThatFellDue() {
        Backup taken = c.brain().takeBackup(STAGING_DB, "pgdata");
        SIM.clock().advance(DELAY);
        assertThat(c.brain().backups(STAGING_DB, "pgdata")).singleElement()
                .satisfies(b -> assertThat(b.id()).isEqualTo(taken.id()))
                .satisfies(b -> assertThat(b.inProgress()).isFalse());
    }

    /** (sim) a backup takes the delay per 100 GiB begun: the demo's 1 TiB one takes eleven. */
    @Test
    void aBigDiscTakesLongerAndTheDemoShowsOneInProgress() {
        Backup shares = c.brain().backups(FILES, "shares").get(0);
        assertThat(shares.inProgress()).as("demo: still in progress").isTrue();
        assertThat(shares.manual()).isTrue();
        SIM.advance(DELAY.multipliedBy(10));
        assertThat(c.brain().backups(FILES, "shares").get(0).inProgress()).isTrue();
        SIM.advance(DELAY);
        assertThat(c.brain().backups(FILES, "shares").get(0).inProgress()).isFalse();
    }

    @Test
    void theDemoHasBackupsAScheduleAndADatabaseDiscWithout() {
        List<Backup> pgdata = c.brain().backups(DB1, "pgdata");
        assertThat(pgdata).hasSize(8);
        assertThat(pgdata).filteredOn(Backup::manual).hasSize(1);
        assertThat(pgdata).noneMatch(Backup::inProgress);
        Disc pg = c.brain().disc(DB1, "pgdata");
        assertThat(pg.backupCount()).isEqualTo(8);
        assertThat(pg.backupsEnabled()).isTrue();
        assertThat(pg.backupSchedules()).singleElement()
                .satisfies(s -> assertThat(s.intervalSeconds()).isEqualTo(86400))
                .satisfies(s -> assertThat(s.capacity()).isEqualTo(7));
        assertThat(pgdata).filteredOn(b -> !b.manual()).extracting(b -> BackupTimes.takenAt(b.label()).orElseThrow())
                .as("the last seven nights, UK time")
                .allSatisfy(t -> assertThat(t.atZone(BackupTimes.SERVICE_ZONE).toLocalTime().toSecondOfDay()).isZero());

        Disc wal = c.brain().disc(DB1, "wal");
        assertThat(wal.backupCount()).isZero();
        assertThat(wal.backupsEnabled()).isFalse();
        assertThat(c.brain().backups(DB1, "wal")).isEmpty();
        assertThat(c.brain().backups(WWW2, "root")).extracting(Backup::manual).containsExactly(true, true);
        assertThat(c.brain().disc(MAIL, "maildirs").backupSchedules()).singleElement()
                .satisfies(s -> assertThat(s.intervalSeconds()).isEqualTo(604800));
    }

    /** (sim) labels address backups, so a second backup in the same second gets "-2". */
    @Test
    void twoBackupsInTheSameSecondGetDistinctLabels() {
        Backup first = c.brain().takeBackup(BUILD, "root");
        Backup second = c.brain().takeBackup(BUILD, "root");
        assertThat(second.label()).isEqualTo(first.label() + "-2");
        assertThat(c.brain().disc(BUILD, "root").backupCount()).isEqualTo(2);
    }

    @Test
    void deletingABackupNeedsPurgeAsDeletingADiscDoes() {
        Backup oldest = c.brain().backups(WWW2, "root").get(0);
        var refused = c.raw().delete(Contract.path(WWW2) + "/discs/root/backups/" + oldest.id());
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(refused.body()).contains("only purged");
        assertThat(c.stateBackups(WWW2, "root")).hasSize(2);

        c.brain().deleteBackup(WWW2, "root", oldest.label());
        assertThat(c.stateBackups(WWW2, "root")).extracting(Backup::id).doesNotContain(oldest.id()).hasSize(1);
        assertThat(c.brain().disc(WWW2, "root").backupCount()).isEqualTo(1);
        thrown(NotFoundException.class, () -> c.brain().deleteBackup(WWW2, "root", oldest.label()));
    }

    @Test
    void deletingABackupInProgressStopsIt() {
        Backup taken = c.brain().takeBackup(BUILD, "cache");
        long cache = c.requireStateDisc(BUILD, "cache").id();
        assertThat(c.pending(BackupOperations.completionKey(cache, taken.id()))).isTrue();
        c.brain().deleteBackup(BUILD, "cache", Long.toString(taken.id()));
        assertThat(c.pending(BackupOperations.completionKey(cache, taken.id()))).isFalse();
        assertThat(c.brain().backups(BUILD, "cache")).isEmpty();
    }

    @Test
    void unknownBackupsDiscsAndServersAreNotFound() {
        long otherDiscsBackup = c.stateBackups(WWW2, "root").get(0).id();
        thrown(NotFoundException.class, () -> c.brain().deleteBackup(BUILD, "root", Long.toString(otherDiscsBackup)));
        thrown(NotFoundException.class, () -> c.brain().restoreBackup(BUILD, "root", Long.toString(otherDiscsBackup)));
        thrown(NotFoundException.class, () -> c.brain().restoreBackup(BUILD, "root", "root-backup-20200101000000"));
        thrown(NotFoundException.class, () -> c.brain().backups(BUILD, "nope"));
        thrown(NotFoundException.class, () -> c.brain().takeBackup(BUILD, "nope"));
        thrown(NotFoundException.class, () -> c.brain().takeBackup(new VmRef("acme-web", "default", "nope"), "root"));
        var raw = c.raw().delete(Contract.path(BUILD) + "/discs/root/backups/4242");
        assertThat(raw.statusCode()).as("unknown: 404 before the purge rule's 500").isEqualTo(404);
        assertThat(c.stateBackups(WWW2, "root")).hasSize(2);
    }

    /** A dropped take is not handled and not re-sent; reading the list settles what happened. */
    @Test
    void aLostAnswerToATakeIsSettledByReadingTheList() {
        c.faults().dropNext(1);
        NetworkException dropped = thrown(NetworkException.class, () -> c.brain().takeBackup(BUILD, "root"));
        assertThat(dropped.outcomeUnknown()).isTrue();
        assertThat(c.brain().backups(BUILD, "root")).isEmpty();

        c.faults().malformedNext(1);
        NetworkException garbled = thrown(NetworkException.class, () -> c.brain().takeBackup(BUILD, "root"));
        assertThat(garbled.outcomeUnknown()).isTrue();
        assertThat(c.brain().backups(BUILD, "root")).as("taken once, not twice").hasSize(1);
    }

    /** The backups of a disc moved to another server go with it. */
    @Test
    void aMovedDiscTakesItsBackupsAlong() {
        c.brain().takeBackup(BUILD, "cache");
        c.brain().moveDisc(BUILD, "cache", c.id(STAGING_DB));
        assertThat(c.brain().backups(STAGING_DB, "cache")).singleElement()
                .extracting(Backup::virtualMachineId).isEqualTo(c.id(STAGING_DB));
    }

    @Test
    void purgingADiscPurgesItsBackupsAndSchedules() {
        Disc pgdata = c.requireStateDisc(DB1, "pgdata");
        long scheduleId = pgdata.backupSchedules().get(0).id();
        assertThat(c.pending(BackupOperations.scheduleKey(pgdata.id(), scheduleId))).isTrue();
        int before = c.state().snapshot().backups().size();

        c.brain().purgeDisc(DB1, "pgdata");

        assertThat(c.state().snapshot().backups()).as("its 8 backups went with it").hasSize(before - 8)
                .noneMatch(b -> b.parentDiscId() == pgdata.id());
        assertThat(c.pending(BackupOperations.scheduleKey(pgdata.id(), scheduleId))).isFalse();
        assertThat(SIM.simulator().timeline().pendingByKey().keySet())
                .noneMatch(k -> k.startsWith("disc/" + pgdata.id() + "/"));
        SIM.advance(Duration.ofDays(2));
        assertThat(c.state().snapshot().backups()).noneMatch(b -> b.parentDiscId() == pgdata.id());
    }

    @Test
    void purgingByIdPurgesTheBackupsToo() {
        Backup taken = c.brain().takeBackup(BUILD, "cache");
        long cache = c.requireStateDisc(BUILD, "cache").id();
        c.brain().purgeDiscById(cache);
        assertThat(c.state().snapshot().backups()).noneMatch(b -> b.id() == taken.id());
        assertThat(c.pending(BackupOperations.completionKey(cache, taken.id()))).isFalse();
    }

    @Test
    void backupsAreListedOldestFirstWithTheirTimesInTheirLabels() {
        c.brain().takeBackup(BUILD, "root");
        SIM.advance(Duration.ofMinutes(20));
        c.brain().takeBackup(BUILD, "root");
        Instant second = now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // labels name whole seconds
        assertThat(c.brain().backups(BUILD, "root"))
                .extracting(b -> BackupTimes.takenAt(b.label()).orElseThrow(), Backup::inProgress)
                .containsExactly(tuple(second.minus(Duration.ofMinutes(20)), false), tuple(second, true));
    }
}
