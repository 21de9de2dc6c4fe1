package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Start times read in UK time, schedule runs, and the time a backup's label names. */
class BackupTimesTest {
    private static final Instant WINTER = Instant.parse("2026-01-15T10:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T10:00:00Z");

    private static Instant start(String text, Instant now) {
        return BackupTimes.parseStartAt(text, now).map(ZonedDateTime::toInstant).orElseThrow();
    }

    @Test
    void aTimeOfDayIsTodayInUkTime() {
        assertThat(start("00:00", WINTER)).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
        assertThat(start("00:00", SUMMER)).as("BST").isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
        assertThat(start("7:30:15", WINTER)).isEqualTo(Instant.parse("2026-01-15T07:30:15Z"));
    }

    @Test
    void datedFormsKeepTheirZoneOrAssumeUkTime() {
        assertThat(start("2026-07-01T02:30:00Z", WINTER)).isEqualTo(Instant.parse("2026-07-01T02:30:00Z"));
        assertThat(start("2026-07-01 02:30:00 UTC", WINTER)).isEqualTo(Instant.parse("2026-07-01T02:30:00Z"));
        assertThat(start("2026-07-01 02:30:00 BST", WINTER)).isEqualTo(Instant.parse("2026-07-01T01:30:00Z"));
        assertThat(start("2026-07-01 02:30:00", WINTER)).isEqualTo(Instant.parse("2026-07-01T01:30:00Z"));
        assertThat(start("2026-07-01 02:30:00 -0500", WINTER)).isEqualTo(Instant.parse("2026-07-01T07:30:00Z"));
    }

    @Test
    void startTimesAreAnsweredInRfc3339UkTime() {
        assertThat(BackupTimes.answered(BackupTimes.parseStartAt("00:00", WINTER).orElseThrow()))
                .isEqualTo("2026-01-15T00:00:00+00:00");
        assertThat(BackupTimes.answered(BackupTimes.parseStartAt("2026-07-01T00:00:00Z", WINTER).orElseThrow()))
                .isEqualTo("2026-07-01T01:00:00+01:00");
    }

    @Test
    void theNextRunIsTheStartOrAWholeNumberOfIntervalsAfterIt() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(BackupTimes.nextRun(start, 86400, start.minusSeconds(5))).isEqualTo(start);
        assertThat(BackupTimes.nextRun(start, 86400, start)).isEqualTo(start);
        assertThat(BackupTimes.nextRun(start, 86400, start.plusSeconds(1))).isEqualTo(start.plusSeconds(86400));
        assertThat(BackupTimes.nextRun(start, 3600, start.plusSeconds(7200))).isEqualTo(start.plusSeconds(7200));
        assertThat(BackupTimes.nextRun(start, 3600, start.plusSeconds(7201))).isEqualTo(start.plusSeconds(10800));
    }

    @Test
    void aBackupLabelNamesWhenItWasTakenInUkTime() {
        Instant summer = Instant.parse("2026-07-01T12:42:50Z");
        assertThat(BackupTimes.backupLabel("pgdata", summer)).isEqualTo("pgdata-backup-20260701134250");
        assertThat(BackupTimes.takenAt("pgdata-backup-20260701134250")).contains(summer);
        assertThat(BackupTimes.takenAt("pgdata-backup-20260701134250-2")).contains(summer);
        assertThat(BackupTimes.takenAt("philtesting-backup-20161122134250"))
                .contains(Instant.parse("2016-11-22T13:42:50Z"));
        assertThat(BackupTimes.takenAt("backup-509")).isEmpty();
        assertThat(BackupTimes.takenAt(null)).isEmpty();
    }
}
