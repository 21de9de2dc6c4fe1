package org.bigvdm.ui.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupTimes;

/** Backups and schedules in words: "every day at 00:00, keep 7", "2 h ago". */
public final class BackupWords {
    static final long HOUR = 3600;
    static final long DAY = 86400;
    static final long WEEK = 7 * DAY;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private BackupWords() {
    }

    /**
     * "every day at 00:00, keep 7" (UK time, as the service counts): hourly, daily and weekly
     * read as such, any other interval in the largest whole unit, from its start.
     */
    public static String schedule(BackupSchedule s, Instant now) {
        Optional<ZonedDateTime> start = BackupTimes.parseStartAt(s.startAt(), now);
        String keep = s.capacity() == null ? "" : ", keep " + s.capacity();
        if (s.intervalSeconds() == null || start.isEmpty()) {
            return "from " + (s.startAt() == null ? "an unknown time" : s.startAt())
                    + (s.intervalSeconds() == null ? "" : " " + every(s.intervalSeconds())) + keep;
        }
        ZonedDateTime at = start.get();
        long interval = s.intervalSeconds();
        String time = HH_MM.format(at);
        String when;
        if (interval == DAY) {
            when = "every day at " + time;
        } else if (interval == WEEK) {
            when = "every week on " + at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time;
        } else if (interval == HOUR) {
            when = "every hour at " + String.format(Locale.ROOT, "%02d", at.getMinute()) + " past";
        } else {
            when = every(interval) + " from " + WHEN.format(at);
        }
        return when + keep;
    }

    /** "every 6 hours", "every 90 minutes", "every 45 seconds". */
    static String every(long seconds) {
        if (seconds % DAY == 0) {
            return plural(seconds / DAY, "day");
        }
        if (seconds % HOUR == 0) {
            return plural(seconds / HOUR, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return n == 1 ? "every " + unit : "every " + n + " " + unit + "s";
    }

    /** "just now", "5 min ago", "2 h ago", "3 d ago"; "in the future" for a clock behind. */
    public static String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            return "just now";
        }
        if (d.toMinutes() < 1) {
            return "just now";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min ago";
        }
        if (d.toDays() < 2) {
            return d.toHours() + " h ago";
        }
        return d.toDays() + " d ago";
    }

    /** "1 Dec 2026 00:00" in the given zone. */
    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** "7, latest 2 h ago", "3" (latest not read yet), or "none". */
    public static String count(Integer count, Optional<Instant> latest, Instant now) {
        if (count == null || count == 0) {
            return "none";
        }
        return latest.map(at -> count + ", latest " + ago(at, now)).orElse(String.valueOf(count));
    }
}
