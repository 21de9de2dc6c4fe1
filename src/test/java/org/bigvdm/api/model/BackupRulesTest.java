package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schedule rules that the schedule editor and the simulator both apply: each bad value with
 * its exact message, as typed or as a JSON value's text.
 */
class BackupRulesTest {

    @ParameterizedTest(name = "interval ''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "0|must be greater than 0",
            "-1|must be greater than 0",
            "-86400|must be greater than 0",
            "+0|must be greater than 0",
            "daily|is not a number",
            "1 day|is not a number",
            "true|is not a number",
            "{}|is not a number",
            "0x10|is not a number",
            "1.5|must be an integer",
            "86400.0|must be an integer",
            "1e3|must be an integer",
            "2147483648|must be less than or equal to 2147483647",
            "99999999999999999999999|must be less than or equal to 2147483647",
            "' '|can't be blank",
            "''|can't be blank"})
    void badIntervals(String text, String message) {
        assertThat(BackupRules.intervalProblem(text)).contains(message);
    }

    @ParameterizedTest(name = "capacity ''{0}'': {1}")
    @CsvSource(delimiter = '|', value = {
            "0|must be greater than 0",
            "-7|must be greater than 0",
            "1001|must be less than or equal to 1000",
            "1000000|must be less than or equal to 1000",
            "seven|is not a number",
            "7 backups|is not a number",
            "null|is not a number",
            "2.5|must be an integer",
            "7.0|must be an integer",
            "''|can't be blank"})
    void badCapacities(String text, String message) {
        assertThat(BackupRules.capacityProblem(text)).contains(message);
    }

    @ParameterizedTest
    @NullSource
    void aMissingValueIsBlank(String nothing) {
        assertThat(BackupRules.intervalProblem(nothing)).contains(BackupRules.BLANK);
        assertThat(BackupRules.capacityProblem(nothing)).contains(BackupRules.BLANK);
        assertThat(BackupRules.startAtProblem(nothing)).contains(BackupRules.BLANK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "3600", "86400", "604800", " 86400 ", "+60", "2147483647"})
    void goodIntervals(String text) {
        assertThat(BackupRules.intervalProblem(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "7", "1000", " 30"})
    void goodCapacities(String text) {
        assertThat(BackupRules.capacityProblem(text)).isEmpty();
    }

    @Test
    void aCheckedNumberReadsAsTyped() {
        assertThat(BackupRules.wholeNumber(" +60 ")).isEqualTo(60);
        assertThat(BackupRules.wholeNumber("86400")).isEqualTo(86400);
    }

    @ParameterizedTest(name = "start_at ''{0}''")
    @ValueSource(strings = {"midnight", "noon", "24:00", "12:60", "00:00:60", "1200", "12:0", "123:00",
            "2026-02-30 00:00:00 UTC", "2026-13-01T00:00:00Z", "2026-01-01T00:00:00", "2026-01-01T25:00:00Z",
            "2026-01-01 00:00:00 Mars/Olympus", "2026-01-01", "yesterday 10:00", "00:00 tomorrow", "1767225600"})
    void startTimesThatAreNotTimes(String text) {
        assertThat(BackupRules.startAtProblem(text)).contains(BackupRules.NOT_A_TIME);
    }

    @ParameterizedTest(name = "start_at ''{0}''")
    @ValueSource(strings = {"00:00", "7:30", "23:59", "02:30:15", "2026-01-01T00:00:00Z",
            "2017-02-06T11:29:35+00:00", "2026-06-01T12:00:00.250+01:00", "2026-01-01 00:00:00 UTC",
            "2026-07-01 02:30:00 BST", "2026-07-01 02:30:00 Europe/London", "2026-07-01 02:30:00 +0100",
            "2026-07-01 02:30:00", "2026-07-01 02:30"})
    void startTimesInEveryAcceptedForm(String text) {
        assertThat(BackupRules.startAtProblem(text)).isEmpty();
    }

    @Test
    void allProblemsOfAScheduleAtOnceInTheOrderOfTheBody() {
        Map<String, List<String>> problems = BackupRules.scheduleProblems("soon", "0", "1001");
        assertThat(problems).containsExactly(
                Map.entry("start_at", List.of(BackupRules.NOT_A_TIME)),
                Map.entry("interval_seconds", List.of("must be greater than 0")),
                Map.entry("capacity", List.of("must be less than or equal to 1000")));
        assertThat(BackupRules.scheduleProblems("00:00", "86400", "7")).isEmpty();
    }

    @Test
    void backupSpaceIsSizeTimesTheSumOfCapacities() {
        var daily = new BackupSchedule(1L, "00:00", 86400, 7);
        var weekly = new BackupSchedule(2L, "00:00", 604800, 4);
        var unknown = new BackupSchedule(3L, "00:00", 3600, null);
        assertThat(BackupRules.backupSpaceMib(25600, List.of(daily, weekly, unknown))).isEqualTo(25600L * 11);
        assertThat(BackupRules.backupSpaceMib(25600, List.of())).isZero();
    }

    @Test
    void aRestoreNeedsTheServerOffAFinishedBackupAndADiscNotRestoring() {
        Backup done = Backup.of(1, "root-backup-20260101000000", 25600L, "iceberg", "tail1-iceberg1", 3L, 2L, true);
        Backup copying = Backup.of(1, "root-backup-20260101000000", 25600L, "ssd", "tail1-ssd1", 3L, 2L, true);
        Disc idle = Disc.of(2, "root", 25600, "ssd", "tail1-ssd1", 3L);
        Disc restoring = new Disc(2, "root", 25600, "iceberg", "tail1-ssd1", 3L, false, 1, "ssd", null, null, null, null);
        assertThat(BackupRules.restoreProblems(false, done, idle)).isEmpty();
        assertThat(BackupRules.restoreProblems(true, done, idle))
                .isEqualTo(Map.of("virtual_machine", List.of("must be powered off")));
        assertThat(BackupRules.restoreProblems(false, copying, idle))
                .isEqualTo(Map.of("backup", List.of("is still in progress")));
        assertThat(BackupRules.restoreProblems(true, copying, restoring)).containsExactly(
                Map.entry("virtual_machine", List.of("must be powered off")),
                Map.entry("backup", List.of("is still in progress")),
                Map.entry("disc", List.of("is already being restored")));
        assertThat(restoring.restoring()).isTrue();
        assertThat(idle.restoring()).isFalse();
    }
}
