package org.bigvdm.api.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The Unicode side of the label rules: one normal form (NFC), what counts as a space or an
 * invisible character, the comparison key for uniqueness, and the folded form that device-name
 * look-alikes are matched in. Labels address discs in URLs and are read by people, so two labels
 * that look the same must be one label, and a label must show everything it holds.
 */
final class LabelText {
    private static final int COMBINING_DOT_ABOVE = 0x0307;

    private LabelText() {
    }

    /** NFC: the form labels are checked, stored and compared in ("é" typed either way is one label). */
    static String nfc(String label) {
        return label == null ? null : Normalizer.normalize(label, Normalizer.Form.NFC);
    }

    /** Uniqueness key: NFC and case-folded, so "Data", "DATA" and "data" (NFD or not) are one label. */
    static String key(String label) {
        if (label == null) {
            return null;
        }
        // Whole-string upper then lower case folds what one character alone cannot (ß and SS);
        // then each character alone (ı and i, as String.equalsIgnoreCase has it). Decomposed
        // first, so İ (I with dot above) comes out as i plus a dot that an i already has: dropped.
        String full = Normalizer.normalize(label, Normalizer.Form.NFD).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(full.length());
        int previous = -1;
        for (int cp : full.codePoints().toArray()) {
            int f = Character.toLowerCase(Character.toUpperCase(cp));
            if (!(f == COMBINING_DOT_ABOVE && (previous == 'i' || previous == 'j'))) {
                folded.appendCodePoint(f);
            }
            previous = f;
        }
        return nfc(folded.toString());
    }

    /**
     * What a device-name check should see: invisible characters removed, width and compatibility
     * forms folded (fullwidth "ｖｄａ" is vda), lower case.
     */
    static String folded(String label) {
        StringBuilder visible = new StringBuilder(label.length());
        label.codePoints().filter(cp -> !isInvisible(cp) && !isVariationSelector(cp)).forEach(visible::appendCodePoint);
        return Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Any Unicode space or line break, not only the ASCII ones {@link String#strip()} knows. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    static boolean startsOrEndsWithSpace(String label) {
        return isSpace(label.codePointAt(0)) || isSpace(label.codePointBefore(label.length()));
    }

    /** The first character a reader could not see or that is not text at all (control, format, odd space). */
    static OptionalInt firstInvisible(String label) {
        return label.codePoints().filter(LabelText::isInvisible).findFirst();
    }

    /**
     * Controls (Cc), format characters (Cf: zero-width space and joiners, bidi controls, soft
     * hyphen, BOM), line and paragraph separators (Zl, Zp), every space but U+0020, and the
     * other default-ignorable characters that render as nothing (Hangul fillers, combining
     * grapheme joiner, Khmer inherent vowels). Variation selectors stay allowed: emoji need them.
     */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE) {
            return true;
        }
        if (cp != ' ' && isSpace(cp)) {
            return true;
        }
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || cp == 0x2800 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3)
                || (cp >= 0xE0000 && cp <= 0xE0FFF && !isVariationSelector(cp));
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** "U+200B ZERO WIDTH SPACE": how a message names a character nobody can see. */
    static String describe(int cp) {
        String name = Character.getName(cp);
        String code = String.format(Locale.ROOT, "U+%04X", cp);
        return name == null ? code : code + " " + name;
    }

    static int length(String label) {
        return label.codePointCount(0, label.length());
    }
}
