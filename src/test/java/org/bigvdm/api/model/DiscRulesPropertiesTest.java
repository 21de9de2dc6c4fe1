package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.bigvdm.testutil.LabelGen;
import org.bigvdm.testutil.PropertyCheck;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based tests of the shared label and size rules, 1,000 or more generated inputs each.
 * The expectations are written from the rules as issue 12 states them, not from DiscRules' code,
 * so a slip in either shows up as a counterexample.
 */
class DiscRulesPropertiesTest {
    private static final Tally TALLY = Tally.of(DiscRulesPropertiesTest.class);
    private static final Pattern DEVICE_OR_PARTITION = Pattern.compile("(?:xv|v|s|h)d[a-z]+[0-9]*");
    private static final String DUPLICATE = "is already in use on this server";

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void anAcceptedLabelIsOnePersonCanSeeWholeAndAddress() {
        TALLY.add("labels checked: accepted means visible and addressable", PropertyCheck.forAll(
                "accepted labels are visible, short enough and addressable", 3000, LabelGen::any,
                PropertyCheck::shrinkString, label -> {
                    if (DiscRules.labelProblem(label, List.of()).isPresent() || label.isEmpty()) {
                        return;
                    }
                    String nfc = Normalizer.normalize(label, Normalizer.Form.NFC);
                    assertThat(nfc.codePointCount(0, nfc.length())).isBetween(1, DiscRules.MAX_LABEL_LENGTH);
                    assertThat(nfc.codePoints()).noneMatch(DiscRulesPropertiesTest::unseen);
                    assertThat(Character.isWhitespace(nfc.codePointAt(0)) || Character.isSpaceChar(nfc.codePointAt(0)))
                            .isFalse();
                    int last = nfc.codePointBefore(nfc.length());
                    assertThat(Character.isWhitespace(last) || Character.isSpaceChar(last)).isFalse();
                    assertThat(nfc).doesNotContain("/").isNotIn(".", "..");
                    assertThat(nfc.codePoints().allMatch(Character::isDigit)).isFalse();
                    assertThat(DEVICE_OR_PARTITION.matcher(folded(nfc)).matches()).as("device look-alike").isFalse();
                }));
    }

    @Test
    void aLabelDifferingOnlyInCaseOrUnicodeFormIsRefusedAsADuplicate() {
        TALLY.add("labels checked: normalised-equal is a duplicate", PropertyCheck.forAll(
                "a case or normal-form variant of a label is a duplicate", 3000, r -> variantPair(r), pair -> {
                    String label = pair.get(0);
                    String variant = pair.get(1);
                    Optional<String> problem = DiscRules.labelProblem(variant, List.of(label));
                    assertThat(problem).as("variant %s of %s", variant, label).isPresent();
                    if (DiscRules.labelProblem(variant, List.of()).isEmpty()) {
                        assertThat(problem).contains(DUPLICATE);
                    }
                    assertThat(DiscRules.sameLabel(label, variant)).isTrue();
                }));
    }

    @Test
    void theAutomaticLabelIsNeverRefusedOnItsServer() {
        TALLY.add("label sets checked: the automatic label fits", PropertyCheck.forAll(
                "autoLabel is accepted beside the labels it was made for", 1000, r -> acceptedLabels(r, r.nextInt(8)),
                labels -> assertThat(DiscRules.labelProblem(DiscRules.autoLabel(labels), labels)).isEmpty()));
    }

    @Test
    void refusalsAreRailsFragmentsAndNormalisingChangesNoVerdict() {
        TALLY.add("labels checked: messages and NFC", PropertyCheck.forAll(
                "messages read after the field name; NFC gives the same verdict", 3000, LabelGen::any,
                PropertyCheck::shrinkString, label -> {
                    Optional<String> problem = DiscRules.labelProblem(label, List.of());
                    problem.ifPresent(p -> assertThat(p).matches("[a-z][^\\n]*"));
                    assertThat(DiscRules.labelProblem(DiscRules.normalise(label), List.of())).isEqualTo(problem);
                    assertThat(DiscRules.normalise(DiscRules.normalise(label))).isEqualTo(DiscRules.normalise(label));
                }));
    }

    @Test
    void sizesAcceptedAreWholeMibWithinTheLimits() {
        TALLY.add("sizes checked: accepted means within the limits", PropertyCheck.forAll(
                "a size is accepted exactly when it is within the limits", 5000, DiscRulesPropertiesTest::size, size ->
                        assertThat(DiscRules.sizeProblem(size).isEmpty())
                                .isEqualTo(size >= 1024 && size <= 2L * 1024 * 1024)));
    }

    /** Sizes weighted towards the edges: the limits and one either side, zero, negatives, the long range. */
    static long size(SplittableRandom r) {
        long[] edges = {0, -1, 1023, 1024, 1025, 2097151, 2097152, 2097153, Long.MIN_VALUE, Long.MAX_VALUE};
        return switch (r.nextInt(3)) {
            case 0 -> edges[r.nextInt(edges.length)];
            case 1 -> r.nextLong(-10, 3_000_000);
            default -> r.nextLong();
        };
    }

    /** Code points a reader cannot see, or that are not text: every control, format, separator but ' '. */
    private static boolean unseen(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && cp != ' ');
    }

    /** Format characters and variation selectors dropped, compatibility forms (fullwidth) folded, lower case. */
    private static String folded(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT && !(cp >= 0xFE00 && cp <= 0xFE0F))
                .forEach(b::appendCodePoint);
        return Normalizer.normalize(b, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * An accepted label and a variant equal to it after normalisation, ignoring case: its NFC
     * form {@link String#equalsIgnoreCase equalsIgnoreCase} the label's. (A whole-string case
     * mapping can move a combining mark to another letter, U+0345 turning into a capital iota:
     * such a variant is not the same label, and is drawn again.)
     */
    private static List<String> variantPair(SplittableRandom r) {
        while (true) {
            String label = accepted(r);
            String variant = variant(r, label);
            if (nfc(variant).equalsIgnoreCase(nfc(label))) {
                return List.of(label, variant);
            }
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String variant(SplittableRandom r, String label) {
        return switch (r.nextInt(5)) {
            case 0 -> Normalizer.normalize(label, Normalizer.Form.NFD);
            case 1 -> label.toUpperCase(Locale.ROOT);
            case 2 -> label.toLowerCase(Locale.ROOT);
            case 3 -> flipSomeCases(r, label);
            default -> Normalizer.normalize(flipSomeCases(r, label), Normalizer.Form.NFD);
        };
    }

    private static String flipSomeCases(SplittableRandom r, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.appendCodePoint(!r.nextBoolean() ? cp
                : Character.isUpperCase(cp) ? Character.toLowerCase(cp) : Character.toUpperCase(cp)));
        return b.toString();
    }

    static String accepted(SplittableRandom r) {
        String label = LabelGen.any(r);
        while (label.isEmpty() || DiscRules.labelProblem(label, List.of()).isPresent()) {
            label = LabelGen.any(r);
        }
        return label;
    }

    private static List<String> acceptedLabels(SplittableRandom r, int n) {
        List<String> labels = new ArrayList<>();
        while (labels.size() < n) {
            String l = r.nextInt(3) == 0 ? "disc-" + r.nextInt(12) : accepted(r);
            if (r.nextBoolean()) {
                l = l.toUpperCase(Locale.ROOT);
            }
            if (DiscRules.labelProblem(l, labels).isEmpty()) {
                labels.add(l);
            }
        }
        return labels;
    }
}
