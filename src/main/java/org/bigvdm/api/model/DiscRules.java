package org.bigvdm.api.model;

import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
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
    /** sdb1, vda15, xvda2: a partition of such a device. */
    private static final Pattern PARTITION = Pattern.compile("(?:xv|v|s|h)d[a-z]+[0-9]+");
    private static final Pattern AUTO = Pattern.compile("disc-(\\d{1,9})");

    private DiscRules() {
    }

    /**
     * True for a Unix device or partition name (vda, sdb1), also when disguised: case, invisible
     * characters ("vd\u200Ba") and fullwidth or other compatibility forms ("ｖｄａ") are seen through.
     */
    public static boolean looksLikeDevice(String label) {
        if (label == null || label.isEmpty()) {
            return false;
        }
        String folded = LabelText.folded(label);
        return DEVICE.matcher(folded).matches() || PARTITION.matcher(folded).matches();
    }

    /**
     * The form a label is checked, sent and stored in: Unicode NFC, so one word typed as composed
     * or decomposed characters is one label. Null stays null.
     */
    public static String normalise(String label) {
        return LabelText.nfc(label);
    }

    /** True when two labels count as the same on one server: equal after NFC, ignoring case. */
    public static boolean sameLabel(String a, String b) {
        return a != null && b != null && LabelText.key(a).equals(LabelText.key(b));
    }

    /**
     * What is wrong with a new label, or empty when it is fine. A null or empty label is fine:
     * the service then picks {@code disc-N}. {@code existingLabels} are the labels already on
     * the server (leave out the disc's own label when relabelling). The label is judged in NFC
     * ({@link #normalise}); its length counts code points, so an emoji is one character.
     */
    public static Optional<String> labelProblem(String label, Collection<String> existingLabels) {
        if (label == null || label.isEmpty()) {
            return Optional.empty();
        }
        String l = LabelText.nfc(label);
        if (LabelText.startsOrEndsWithSpace(l)) {
            return Optional.of("must not start or end with spaces");
        }
        OptionalInt hidden = LabelText.firstInvisible(l);
        if (hidden.isPresent()) {
            return Optional.of(Character.getType(hidden.getAsInt()) == Character.CONTROL
                    ? "must not contain control characters"
                    : "must not contain invisible characters (" + LabelText.describe(hidden.getAsInt()) + ")");
        }
        if (LabelText.length(l) > MAX_LABEL_LENGTH) {
            return Optional.of("is too long (at most " + MAX_LABEL_LENGTH + " characters)");
        }
        return addressProblem(l).or(() -> deviceProblem(l)).or(() -> duplicateProblem(l, existingLabels));
    }

    /** Labels stand in URLs where a number means an id and dots mean "this" and "parent". */
    private static Optional<String> addressProblem(String l) {
        if (l.contains("/")) {
            return Optional.of("must not contain /");
        }
        if (l.codePoints().allMatch(Character::isDigit)) {
            return Optional.of("must not be all digits");
        }
        if (l.equals(".") || l.equals("..")) {
            // As a URL path segment these mean "this" and "parent": such a disc could never be
            // addressed by its label (the client refuses to send them; a server would resolve them).
            return Optional.of("must not be . or ..");
        }
        return Optional.empty();
    }

    private static Optional<String> deviceProblem(String l) {
        if (!looksLikeDevice(l)) {
            return Optional.empty();
        }
        return Optional.of(PARTITION.matcher(LabelText.folded(l)).matches()
                ? "looks like a device name (a partition, like sdb1, is named after its device)"
                : "looks like a device name");
    }

    private static Optional<String> duplicateProblem(String l, Collection<String> existingLabels) {
        if (existingLabels != null && existingLabels.stream().anyMatch(e -> sameLabel(e, l))) {
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
        while (taken(label, existingLabels)) {
            label = "disc-" + (++n);
        }
        return label;
    }

    private static boolean taken(String label, Collection<String> existingLabels) {
        return existingLabels.stream().anyMatch(e -> sameLabel(e, label));
    }
}
