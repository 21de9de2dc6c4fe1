package org.bigvdm.api.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times of backups and schedules (contract section 5): reading a schedule's {@code start_at}
 * in its three forms, UK time where no zone is given; when a schedule runs; and the moment a
 * backup's label names ({@code <disc>-backup-<yyyyMMddHHmmss>}, UK time, since a backup carries
 * no time field of its own). Shared by the client's checks and the simulator.
 */
public final class BackupTimes {
    /** The service is in the UK and assumes UK time for a start time without a zone. */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

    private static final Pattern TIME_OF_DAY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
    /** {@code YYYY-MM-DD hh:mm[:ss] [ZONE]}: a zone name (UTC, GMT, BST, Europe/London) or an offset. */
    private static final Pattern DATE_TIME_ZONE =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{1,2}:\\d{2}(?::\\d{2})?)(?: +(\\S+))?");
    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:[Zz]|[+-]\\d{2}:\\d{2})");
    private static final DateTimeFormatter ANSWERED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter LABEL_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final Pattern LABEL = Pattern.compile(".*-backup-(\\d{14})(?:-\\d+)?");

    private BackupTimes() {
    }

    /**
     * The moment {@code startAt} names, or empty when it is not a time in any accepted form.
     * {@code "HH:MM"} (or {@code "HH:MM:SS"}) is that time today, UK time, as the day is at
     * {@code now}.
     */
    public static Optional<ZonedDateTime> parseStartAt(String startAt, Instant now) {
        if (startAt == null) {
            return Optional.empty();
        }
        String s = startAt.strip();
        try {
            Matcher time = TIME_OF_DAY.matcher(s);
            if (time.matches()) {
                LocalDate today = LocalDate.ofInstant(now, SERVICE_ZONE);
                return Optional.of(ZonedDateTime.of(today, timeOfDay(time), SERVICE_ZONE));
            }
            if (RFC_3339.matcher(s).matches()) {
                String iso = s.substring(0, 10) + "T" + s.substring(11).replace('z', 'Z');
                return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(SERVICE_ZONE));
            }
            Matcher dated = DATE_TIME_ZONE.matcher(s);
            if (dated.matches()) {
                Matcher t = TIME_OF_DAY.matcher(dated.group(2));
                if (!t.matches()) {
                    return Optional.empty();
                }
                LocalDateTime local = LocalDateTime.of(LocalDate.parse(dated.group(1)), timeOfDay(t));
                return zone(dated.group(3)).map(z -> ZonedDateTime.of(local, z).withZoneSameInstant(SERVICE_ZONE));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 2026-02-30, 24:00, 12:60...
        }
        return Optional.empty();
    }

    /** A start time as the simulator answers it: RFC 3339 in UK time, e.g. {@code 2026-01-01T00:00:00+00:00}. */
    public static String answered(ZonedDateTime start) {
        return ANSWERED.format(start.withZoneSameInstant(SERVICE_ZONE));
    }

    /**
     * When a schedule starting at {@code start} and running every {@code intervalSeconds} next
     * runs at or after {@code notBefore}: the start itself if that is still to come.
     */
    public static Instant nextRun(Instant start, long intervalSeconds, Instant notBefore) {
        if (intervalSeconds <= 0) {
            throw new IllegalArgumentException("interval must be positive");
        }
        if (!start.isBefore(notBefore)) {
            return start;
        }
        long behind = notBefore.getEpochSecond() - start.getEpochSecond();
        long runs = Math.floorDiv(behind, intervalSeconds);
        Instant candidate = start.plusSeconds(runs * intervalSeconds);
        return candidate.isBefore(notBefore) ? candidate.plusSeconds(intervalSeconds) : candidate;
    }

    /** The label of a backup of {@code discLabel} taken at {@code takenAt}. */
    public static String backupLabel(String discLabel, Instant takenAt) {
        return discLabel + "-backup-" + LABEL_TIME.format(takenAt.atZone(SERVICE_ZONE));
    }

    /** When a backup was taken, as its label says, or empty for a label of another shape. */
    public static Optional<Instant> takenAt(String backupLabel) {
        Matcher m = backupLabel == null ? null : LABEL.matcher(backupLabel);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1), LABEL_TIME).atZone(SERVICE_ZONE).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime timeOfDay(Matcher m) {
        int seconds = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds);
    }

    /** A zone name or offset; none means UK time. "BST" is British Summer Time, not Bangladesh. */
    private static Optional<ZoneId> zone(String name) {
        if (name == null) {
            return Optional.of(SERVICE_ZONE);
        }
        if (name.equalsIgnoreCase("BST")) {
            return Optional.of(ZoneOffset.ofHours(1));
        }
        try {
            if (name.startsWith("+") || name.startsWith("-")) {
                return Optional.of(ZoneOffset.of(name));
            }
            return Optional.of(ZoneId.of(name)); // UTC, GMT, Z, Europe/London...
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
