package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared label rules that both the dialogs and the simulator apply. */
class DiscRulesTest {
    private static final String CAFE_NFC = "caf\u00e9";
    private static final String CAFE_NFD = "cafe\u0301";

    @Test
    void dotAndDotDotAreNotLabels() {
        assertThat(DiscRules.labelProblem(".", List.of())).contains("must not be . or ..");
        assertThat(DiscRules.labelProblem("..", List.of())).contains("must not be . or ..");
        assertThat(DiscRules.labelProblem("...", List.of())).isEmpty();
        assertThat(DiscRules.labelProblem(".hidden", List.of())).isEmpty();
        assertThat(DiscRules.labelProblem("v1.2", List.of())).isEmpty();
    }

    /** Issue 12, finding 5: each of these was accepted, though nobody could see what it holds. */
    @ParameterizedTest
    @ValueSource(strings = {
        "vd\u200ba", "back\u200bups", "data\u200d", "x\u00ady", "\ufeffdata", "r\u202eoot", "a\u2066b",
        "a\u2028b", "a\u2029b", "a\u00a0b", "a\u3000b", "a\u2009b", "a\u202fb", "a\u1680b", "a\u3164b",
        "a\u115fb", "a\u034fb", "a\u2060b", "a\u180eb", "tag\udb40\udc41", "a\ud800b"})
    void invisibleAndFormatCharactersAreRefused(String label) {
        assertThat(DiscRules.labelProblem(label, List.of())).get().asString()
                .startsWith("must not contain invisible characters (U+");
    }

    @Test
    void theRefusalNamesTheCharacter() {
        assertThat(DiscRules.labelProblem("back\u200bups", List.of()))
                .contains("must not contain invisible characters (U+200B ZERO WIDTH SPACE)");
        assertThat(DiscRules.labelProblem("tab\there", List.of())).contains("must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u00a0data", "data\u00a0", "\u3000", "data\u2003", "\u2028x", "x\u0085", " ", "x "})
    void everyKindOfSpaceCountsAtTheEnds(String label) {
        assertThat(DiscRules.labelProblem(label, List.of())).contains("must not start or end with spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"vd\u200ba", "\uff56\uff44\uff41", "\uff38\uff36\uff24\uff21", "s\u2060d\u200cb", "v\ufe0fda"})
    void deviceLookAlikesAreSeenThrough(String label) {
        assertThat(DiscRules.looksLikeDevice(label)).isTrue();
    }

    @Test
    void fullwidthDeviceNamesAreRefusedAsDevices() {
        assertThat(DiscRules.labelProblem("\uff56\uff44\uff41", List.of())).contains("looks like a device name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sdb1", "vda15", "xvda2", "HDA3", "\uff53\uff44\uff42\uff11"})
    void partitionNamesAreRefusedSayingWhy(String label) {
        assertThat(DiscRules.looksLikeDevice(label)).isTrue();
        assertThat(DiscRules.labelProblem(label, List.of()))
                .contains("looks like a device name (a partition, like sdb1, is named after its device)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sdb-data", "disc1", "video", "1vda", "sd", "vd1", "sda-1"})
    void wordsThatOnlyStartLikeADeviceAreFine(String label) {
        assertThat(DiscRules.labelProblem(label, List.of())).isEmpty();
    }

    @Test
    void composedAndDecomposedFormsAreOneLabel() {
        assertThat(CAFE_NFC).isNotEqualTo(CAFE_NFD);
        assertThat(DiscRules.labelProblem(CAFE_NFD, List.of(CAFE_NFC))).contains("is already in use on this server");
        assertThat(DiscRules.labelProblem(CAFE_NFC, List.of(CAFE_NFD))).contains("is already in use on this server");
        assertThat(DiscRules.normalise(CAFE_NFD)).isEqualTo(CAFE_NFC);
        assertThat(DiscRules.sameLabel(CAFE_NFD, CAFE_NFC.toUpperCase(java.util.Locale.ROOT))).isTrue();
    }

    @Test
    void labelsDifferingOnlyInCaseAreOneLabel() {
        assertThat(DiscRules.labelProblem("UPLOADS", List.of("uploads"))).contains("is already in use on this server");
        assertThat(DiscRules.labelProblem("Stra\u00dfe", List.of("STRASSE"))).contains("is already in use on this server");
        assertThat(DiscRules.labelProblem("uploads2", List.of("uploads"))).isEmpty();
    }

    /** Found by DiscRulesPropertiesTest: İ lower-cases to i as one character but to i + dot as a string. */
    @Test
    void dottedCapitalIIsTheSameLabelWhicheverWayItIsLowerCased() {
        String istanbul = "\u0130stanbul";
        assertThat(DiscRules.sameLabel(istanbul, "istanbul")).isTrue();
        assertThat(DiscRules.sameLabel(istanbul, istanbul.toLowerCase(java.util.Locale.ROOT))).isTrue();
        assertThat(DiscRules.sameLabel(istanbul, "ISTANBUL")).isTrue();
        assertThat(DiscRules.labelProblem("i\u0307stanbul", List.of(istanbul))).contains("is already in use on this server");
    }

    @Test
    void lengthCountsCodePointsSoEmojiAreOneCharacterEach() {
        String emoji33 = "\ud83d\udcbe".repeat(33);
        assertThat(emoji33.length()).isEqualTo(66);
        assertThat(DiscRules.labelProblem(emoji33, List.of())).isEmpty();
        assertThat(DiscRules.labelProblem("\ud83d\udcbe".repeat(64), List.of())).isEmpty();
        assertThat(DiscRules.labelProblem("\ud83d\udcbe".repeat(65), List.of())).contains("is too long (at most 64 characters)");
        // 64 letters with accents typed decomposed are 128 chars but 64 characters once composed
        String decomposed = Normalizer.normalize("\u00e9".repeat(64), Normalizer.Form.NFD);
        assertThat(DiscRules.labelProblem(decomposed, List.of())).isEmpty();
    }

    @Test
    void digitsOfAnyScriptCountAsAllDigits() {
        assertThat(DiscRules.labelProblem("\u0663\u0664", List.of())).contains("must not be all digits");
        assertThat(DiscRules.labelProblem("\uff11\uff12", List.of())).contains("must not be all digits");
    }

    @Test
    void autoLabelSkipsALabelTakenInAnotherCase() {
        assertThat(DiscRules.autoLabel(List.of("root", "DISC-3"))).isEqualTo("disc-4");
        assertThat(DiscRules.autoLabel(List.of("root", "Disc-3", "disc-2"))).isEqualTo("disc-4");
    }
}
