package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.bigvdm.api.model.BackupSchedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Schedules and backup counts in words. */
class BackupWordsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @ParameterizedTest(name = "{0} every {1} s, keep {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        "00:00|86400|7|every day at 00:00, keep 7",
        "2026-11-29T02:30:00+00:00|604800|4|every week on Sunday at 02:30, keep 4",
        "12:15|3600|24|every hour at 15 past, keep 24",
        "2026-12-01 06:00:00 UTC|21600|8|every 6 hours from 1 Dec 2026 06:00, keep 8",
        "2026-07-01T00:00:00+01:00|172800|3|every 2 days from 1 Jul 2026 00:00, keep 3",
        "00:00|90|2|every 90 seconds from 2 Dec 2026 00:00, keep 2",
        "00:00|5400|1|every 90 minutes from 2 Dec 2026 00:00, keep 1"})
    void schedulesReadAsSentences(String start, int interval, int keep, String words) {
        assertThat(BackupWords.schedule(new BackupSchedule(1L, start, interval, keep), NOW)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0} backups, latest {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "0||none",
        "7|2026-12-02T07:00:00Z|7, latest 2 h ago",
        "1|2026-12-02T08:55:00Z|1, latest 5 min ago",
        "3|2026-11-20T09:00:00Z|3, latest 12 d ago",
        "2|2026-12-02T08:59:30Z|2, latest just now",
        "4||4"})
    void countsSayHowManyAndHowRecent(int count, String latest, String words) {
        Optional<Instant> at = latest == null ? Optional.empty() : Optional.of(Instant.parse(latest));
        assertThat(BackupWords.count(count, at, NOW)).isEqualTo(words);
    }
}
