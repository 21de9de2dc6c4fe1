package org.bigvdm.api.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The disc rules of the contract (section 5), in one place for the client's checks and the
 * simulator's enforcement. Messages are Rails-style fragments ("looks like a device name") that
 * read after the field name, exactly as the service words them.
 */
public final class DiscRules {
    public static final int MAX_DISCS_PER_SERVER = 8;
    public static final long MIN_SIZE_MIB = 1024;
    public static final long MAX_SIZE_MIB = 2L * 1024 * 1024;
    public static final int MAX_LABEL_LENGTH = 64;
    public static final String DEFAULT_GRADE = "sata";

    /** vda, sdb, hdc, xvda ...: what a Unix device would be called. */
    private static final Pattern DEVICE = Pattern.compile("(?:xv|v|s|h)d[a-z]+");
    private static final Pattern AUTO = Pattern.compile("disc-(\\d{1,9})");

    private DiscRules() {
    }

    public static boolean looksLikeDevice(String label) {
        return label != null && DEVICE.matcher(label.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * What is wrong with a new label, or empty when it is fine. A null or empty label is fine:
     * the service then picks {@code disc-N}. {@code existingLabels} are the labels already on
     * the server (leave out the disc's own label when relabelling).
     */
    public static Optional<String> labelProblem(String label, Collection<String> existingLabels) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        if (label.isBlank() || !label.strip().equals(label)) {
            return Optional.of("must not start or end with spaces");
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            return Optional.of("is too long (at most " + MAX_LABEL_LENGTH + " characters)");
        }
        if (label.contains("/")) {
            return Optional.of("must not contain /");
        }
        if (label.chars().allMatch(Character::isDigit)) {
            return Optional.of("must not be all digits");
        }
        if (label.equals(".") || label.equals("..")) {
            // As a URL path segment these mean "this" and "parent": such a disc could never be
            // addressed by its label (the client refuses to send them; a server would resolve them).
            return Optional.of("must not be . or ..");
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        if (looksLikeDevice(label)) {
            return Optional.of("looks like a device name");
        }
        if (existingLabels != null && existingLabels.contains(label)) {
            return Optional.of("is already in use on this server");
        }
        return Optional.empty();
    }

    /** What is wrong with a size in MiB, or empty. */
    public static Optional<String> sizeProblem(long sizeMib) {
        if (sizeMib < MIN_SIZE_MIB) {
            return Optional.of("must be at least 1 GiB (" + MIN_SIZE_MIB + " MiB)");
        }
        if (sizeMib > MAX_SIZE_MIB) {
            return Optional.of("must be at most 2 TiB (" + MAX_SIZE_MIB + " MiB)");
        }
        return Optional.empty();
    }

    /**
     * The label the service gives a disc created without one: {@code disc-N}, N one more than the
     * largest N used by a {@code disc-N} label, and at least one more than the disc count.
     */
    public static String autoLabel(Collection<String> existingLabels) {
        int max = 0;
        for (String l : existingLabels) {
            Matcher m = l == null ? null : AUTO.matcher(l);
            if (m != null && m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        int n = Math.max(max + 1, existingLabels.size() + 1);
        String label = "disc-" + n;
        while (existingLabels.contains(label)) {
            label = "disc-" + (++n);
        }
        return label;
    }
}
