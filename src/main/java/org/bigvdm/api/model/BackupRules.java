package org.bigvdm.api.model;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The backup schedule rules of the contract (section 5), in one place for the client's checks and
 * the simulator's enforcement, with the exact messages both show. Messages are Rails-style
 * fragments that read after the field's name ({@code capacity must be greater than 0}); the field
 * names are the wire's. Values are checked as text (what a user typed, or a JSON value's text),
 * so a form and a request body get the same answer.
 */
public final class BackupRules {
    public static final String START_AT = "start_at";
    public static final String INTERVAL = "interval_seconds";
    public static final String CAPACITY = "capacity";

    /** Most backups one schedule keeps. */
    public static final int MAX_CAPACITY = 1000;
    /** Longest interval: the wire type is a 32-bit integer. */
    public static final long MAX_INTERVAL_SECONDS = Integer.MAX_VALUE;

    public static final String BLANK = "can't be blank";
    public static final String NOT_A_NUMBER = "is not a number";
    public static final String NOT_AN_INTEGER = "must be an integer";
    public static final String NOT_POSITIVE = "must be greater than 0";
    public static final String NOT_A_TIME = "is not a valid time (use HH:MM, RFC 3339 or YYYY-MM-DD hh:mm:ss ZONE)";

    /** (sim) refusals of a restore, by field: the server must be off, the backup done, the disc not restoring. */
    public static final String POWERED_ON = "must be powered off";
    public static final String BACKUP_IN_PROGRESS = "is still in progress";
    public static final String ALREADY_RESTORING = "is already being restored";
    /** (sim) a disc being restored takes no backup meanwhile. */
    public static final String RESTORING = "is being restored";

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private BackupRules() {
    }

    /** "must be less than or equal to N": the message for a value above {@code max}. */
    public static String tooBig(long max) {
        return "must be less than or equal to " + max;
    }

    /** What is wrong with an interval in seconds, or empty: a whole number from 1. */
    public static Optional<String> intervalProblem(String text) {
        return wholeNumberProblem(text, MAX_INTERVAL_SECONDS);
    }

    /** What is wrong with how many backups a schedule keeps, or empty: 1 to 1000. */
    public static Optional<String> capacityProblem(String text) {
        return wholeNumberProblem(text, MAX_CAPACITY);
    }

    /** What is wrong with a start time, or empty: {@code HH:MM}, RFC 3339 or {@code YYYY-MM-DD hh:mm:ss ZONE}. */
    public static Optional<String> startAtProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(BLANK);
        }
        // Any day will do to check the form: only "HH:MM" depends on it.
        return BackupTimes.parseStartAt(text, Instant.EPOCH).isPresent() ? Optional.empty() : Optional.of(NOT_A_TIME);
    }

    /**
     * Every problem of a new schedule at once, by wire field name in the order of the request
     * body ({@code start_at}, {@code interval_seconds}, {@code capacity}); empty when it may be sent.
     */
    public static Map<String, List<String>> scheduleProblems(String startAt, String intervalSeconds, String capacity) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        startAtProblem(startAt).ifPresent(p -> problems.put(START_AT, List.of(p)));
        intervalProblem(intervalSeconds).ifPresent(p -> problems.put(INTERVAL, List.of(p)));
        capacityProblem(capacity).ifPresent(p -> problems.put(CAPACITY, List.of(p)));
        return problems;
    }

    /**
     * Why a restore cannot go ahead, every reason at once by field ({@code virtual_machine},
     * {@code backup}, {@code disc}); empty when it may be sent. The service checks the same.
     */
    public static Map<String, List<String>> restoreProblems(boolean serverOn, Backup backup, Disc disc) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        if (serverOn) {
            problems.put("virtual_machine", List.of(POWERED_ON));
        }
        if (backup.inProgress()) {
            problems.put("backup", List.of(BACKUP_IN_PROGRESS));
        }
        if (disc.restoring()) {
            problems.put("disc", List.of(ALREADY_RESTORING));
        }
        return problems;
    }

    /** The number in {@code text} once {@link #intervalProblem} or {@link #capacityProblem} found none. */
    public static long wholeNumber(String text) {
        String s = text.strip();
        return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
    }

    /**
     * The backup space a disc's schedules take at most: its size times the sum of their
     * capacities (MiB). A schedule without a capacity counts as none.
     */
    public static long backupSpaceMib(long discSizeMib, Collection<BackupSchedule> schedules) {
        long kept = 0;
        for (BackupSchedule s : schedules) {
            kept += s.capacity() == null ? 0 : Math.max(0, s.capacity());
        }
        return discSizeMib * kept;
    }

    private static Optional<String> wholeNumberProblem(String text, long max) {
        if (text == null || text.isBlank()) {
            return Optional.of(BLANK);
        }
        String s = text.strip();
        if (!INTEGER.matcher(s).matches()) {
            return Optional.of(DECIMAL.matcher(s).matches() ? NOT_AN_INTEGER : NOT_A_NUMBER);
        }
        BigInteger n = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (n.signum() <= 0) {
            return Optional.of(NOT_POSITIVE);
        }
        if (n.compareTo(BigInteger.valueOf(max)) > 0) {
            return Optional.of(tooBig(max));
        }
        return Optional.empty();
    }
}
