package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.DB1;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.state.BackupOperations;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Backup schedules through the real client, on simulated time: added, run at start + n × interval,
 * pruned to their capacity (manual backups kept), caught up after a jump, removed. Sessions last
 * a year here, so days can pass between requests.
 */
class BackupScheduleContractTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.backupDelay(BackupContractTest.DELAY)
            .sessionLifetime(Duration.ofDays(365))).withTestClock().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    /** The next whole hour on the test clock, as RFC 3339. */
    private Instant nextHour() {
        return SIM.clock().instant().truncatedTo(ChronoUnit.HOURS).plus(HOUR);
    }

    private List<Backup> scheduled(String disc) {
        return c.brain().backups(BUILD, disc).stream().filter(b -> !b.manual()).toList();
    }

    private static Instant takenAt(Backup b) {
        return BackupTimes.takenAt(b.label()).orElseThrow();
    }

    @Test
    void aScheduleTakesABackupAtEachRunAndKeepsItsNewestCapacity() {
        Instant start = nextHour();
        Backup manual = c.brain().takeBackup(BUILD, "root");
        BackupSchedule s = c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(start.toString(), 3600, 3));

        assertThat(s.id()).isNotNull();
        assertThat(s.startAt()).isEqualTo(BackupTimes.answered(start.atZone(BackupTimes.SERVICE_ZONE)));
        assertThat(s.intervalSeconds()).isEqualTo(3600);
        assertThat(s.capacity()).isEqualTo(3);
        Disc disc = c.brain().disc(BUILD, "root");
        assertThat(disc.backupSchedules()).containsExactly(s);
        assertThat(disc.backupsEnabled()).isTrue();
        assertThat(scheduled("root")).as("nothing before the start").isEmpty();

        SIM.advance(Duration.between(SIM.clock().instant(), start));
        assertThat(scheduled("root")).singleElement().satisfies(b -> assertThat(takenAt(b)).isEqualTo(start));
        SIM.advance(HOUR.multipliedBy(4));
        assertThat(scheduled("root")).extracting(BackupScheduleContractTest::takenAt).as("the newest three runs")
                .containsExactly(start.plus(HOUR.multipliedBy(2)), start.plus(HOUR.multipliedBy(3)),
                        start.plus(HOUR.multipliedBy(4)));
        assertThat(c.brain().backups(BUILD, "root")).as("the manual backup is kept")
                .extracting(Backup::id).contains(manual.id());
        assertThat(c.brain().disc(BUILD, "root").backupCount()).isEqualTo(4);
    }

    /** After a jump only the newest runs are taken, each with its own time, and the next run is on time. */
    @Test
    void aJumpInTimeCatchesUpWithOnlyTheRunsItKeeps() {
        Instant start = nextHour();
        BackupSchedule s = c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(start.toString(), 3600, 5));
        SIM.advance(Duration.between(SIM.clock().instant(), start).plus(Duration.ofDays(30)));

        Instant lastRun = start.plus(Duration.ofDays(30));
        assertThat(scheduled("root")).extracting(BackupScheduleContractTest::takenAt)
                .containsExactly(lastRun.minus(HOUR.multipliedBy(4)), lastRun.minus(HOUR.multipliedBy(3)),
                        lastRun.minus(HOUR.multipliedBy(2)), lastRun.minus(HOUR), lastRun);
        assertThat(scheduled("root")).filteredOn(Backup::inProgress).as("only the one just taken is still copying")
                .singleElement().satisfies(b -> assertThat(takenAt(b)).isEqualTo(lastRun));
        long discId = c.requireStateDisc(BUILD, "root").id();
        assertThat(SIM.simulator().timeline().dueAt(BackupOperations.scheduleKey(discId, s.id())))
                .contains(lastRun.plus(HOUR));
    }

    @Test
    void aTimeOfDayRunsFromItsNextOccurrence() {
        Instant now = SIM.clock().instant();
        c.brain().addBackupSchedule(BUILD, "cache", new BackupScheduleSpec("00:00", 86400, 7));
        long discId = c.requireStateDisc(BUILD, "cache").id();
        Instant next = SIM.simulator().timeline().pendingByKey().entrySet().stream()
                .filter(e -> e.getKey().startsWith("disc/" + discId + "/schedule/")).findFirst().orElseThrow().getValue();
        assertThat(next).isAfterOrEqualTo(now).isBefore(now.plus(Duration.ofDays(1)));
        assertThat(next.atZone(BackupTimes.SERVICE_ZONE).toLocalTime().toSecondOfDay()).as("midnight, UK time").isZero();
    }

    @Test
    void eachScheduleKeepsItsOwnCapacity() {
        Instant start = nextHour();
        c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(start.toString(), 3600, 2));
        c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(start.toString(), 86400, 1));
        SIM.advance(Duration.between(SIM.clock().instant(), start).plus(Duration.ofDays(2)));
        List<Backup> kept = scheduled("root");
        assertThat(kept).hasSize(3);
        assertThat(kept).extracting(BackupScheduleContractTest::takenAt).as("same instant: distinct labels")
                .containsOnly(start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(2)).minus(HOUR));
        assertThat(kept).extracting(Backup::label).doesNotHaveDuplicates();
    }

    @Test
    void theDemoScheduleRunsEveryNight() {
        List<Backup> before = c.brain().backups(DB1, "pgdata");
        SIM.advance(Duration.ofDays(1));
        List<Backup> after = c.brain().backups(DB1, "pgdata");
        assertThat(after).hasSize(8);
        assertThat(after).filteredOn(b -> !b.manual()).hasSize(7);
        Backup oldestScheduled = before.stream().filter(b -> !b.manual()).findFirst().orElseThrow();
        assertThat(after).extracting(Backup::id).doesNotContain(oldestScheduled.id())
                .as("the manual one stays").contains(before.stream().filter(Backup::manual).findFirst().orElseThrow().id());
    }

    @Test
    void removingAScheduleStopsItAndKeepsItsBackups() {
        Instant start = nextHour();
        BackupSchedule s = c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(start.toString(), 3600, 2));
        SIM.advance(Duration.between(SIM.clock().instant(), start).plus(HOUR));
        assertThat(scheduled("root")).hasSize(2);

        c.brain().removeBackupSchedule(BUILD, "root", s.id());
        Disc disc = c.brain().disc(BUILD, "root");
        assertThat(disc.backupSchedules()).isEmpty();
        assertThat(disc.backupsEnabled()).isFalse();
        assertThat(disc.backupCount()).isEqualTo(2);
        assertThat(c.pending(BackupOperations.scheduleKey(disc.id(), s.id()))).isFalse();
        SIM.advance(HOUR.multipliedBy(3));
        assertThat(scheduled("root")).hasSize(2);
    }

    @Test
    void unknownSchedulesAreNotFound() {
        long demoSchedule = c.requireStateDisc(DB1, "pgdata").backupSchedules().get(0).id();
        thrown(NotFoundException.class, () -> c.brain().removeBackupSchedule(BUILD, "root", demoSchedule));
        thrown(NotFoundException.class, () -> c.brain().removeBackupSchedule(BUILD, "root", 424242));
        assertThat(c.raw().delete(Contract.path(BUILD) + "/discs/root/backup_schedules/daily").statusCode())
                .isEqualTo(404);
        thrown(NotFoundException.class, () -> c.brain().addBackupSchedule(BUILD, "nope",
                new BackupScheduleSpec("00:00", 86400, 7)));
        assertThat(c.requireStateDisc(DB1, "pgdata").backupSchedules()).hasSize(1);
    }

    /** Schedules cannot be edited: a PUT is not served, delete and add again. */
    @Test
    void schedulesCannotBeEdited() {
        long id = c.requireStateDisc(DB1, "pgdata").backupSchedules().get(0).id();
        var answer = c.raw().put(Contract.path(DB1) + "/discs/pgdata/backup_schedules/" + id, "{\"capacity\": 3}");
        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(c.requireStateDisc(DB1, "pgdata").backupSchedules().get(0).capacity()).isEqualTo(7);
    }

    /** The official client of 2017 sent start_date: it is read too. */
    @Test
    void startDateIsReadAsStartAt() {
        var answer = c.raw().post(Contract.path(BUILD) + "/discs/root/backup_schedules",
                "{\"start_date\": \"2026-06-01 02:00:00 UTC\", \"interval_seconds\": 3540, \"capacity\": 2}");
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(c.requireStateDisc(BUILD, "root").backupSchedules()).singleElement()
                .extracting(BackupSchedule::startAt).isEqualTo("2026-06-01T03:00:00+01:00");
    }
}
