package org.bigvdm.testutil;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates disc labels for property tests, weighted towards what breaks label rules: device
 * names in disguise (case, fullwidth, invisible characters, partitions), every kind of Unicode
 * space and format character, URL-special characters, digits of other scripts, dots, decomposed
 * accents, emoji, lengths around the limit, and plain words so that many are accepted too.
 */
public final class LabelGen {
    private static final String URL_SPECIAL = "/.%+?#&=;:@[]{}|\\^`\"'<>! $,*()~";
    private static final int[] INVISIBLE = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202E, 0x2066, 0x061C,
        0x180E, 0x2028, 0x2029, 0x00A0, 0x2007, 0x202F, 0x3000, 0x1680, 0x0009, 0x000A, 0x0000, 0x007F, 0x0085,
        0x3164, 0x115F, 0x034F, 0xE0041, 0xFE0F};
    private static final int[] DIGITS = {'0', 0x0660, 0x06F0, 0x0966, 0xFF10, 0x1D7CE, 0x0E50};
    private static final int[][] SCRIPTS = {{'a', 'z'}, {'A', 'Z'}, {0xC0, 0xFF}, {0x100, 0x17F}, {0x391, 0x3C9},
        {0x410, 0x44F}, {0x4E00, 0x4E80}, {0x5D0, 0x5EA}, {0x627, 0x64A}, {0x300, 0x36F}, {0x1F300, 0x1F5FF},
        {0x1F600, 0x1F64F}, {0xFF21, 0xFF5A}, {'0', '9'}};

    private LabelGen() {
    }

    /** Any label, lone surrogates included (they are text a Java string can hold). */
    public static String any(SplittableRandom r) {
        return switch (r.nextInt(10)) {
            case 0, 1 -> word(r, 1 + r.nextInt(20));
            case 2 -> device(r);
            case 3 -> unicode(r, 1 + r.nextInt(24));
            case 4 -> hostile(r);
            case 5 -> digits(r);
            case 6 -> new String[] {".", "..", "...", ". ", " .", "./", "%2e", "%2E%2E", ".\u200b."}[r.nextInt(9)];
            case 7 -> nearTheLimit(r);
            case 8 -> randomCodePoints(r, 1 + r.nextInt(8));
            default -> decorate(r, word(r, 1 + r.nextInt(12)));
        };
    }

    /** A label a Java client can send as JSON: no lone surrogates. */
    public static String sendable(SplittableRandom r) {
        String s = any(r);
        while (hasLoneSurrogate(s)) {
            s = any(r);
        }
        return s;
    }

    static String word(SplittableRandom r, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** vda, SDB, xvdc12, fullwidth or with an invisible character inside. */
    static String device(SplittableRandom r) {
        String name = new String[] {"v", "s", "h", "xv"}[r.nextInt(4)] + "d" + (char) ('a' + r.nextInt(26))
                + (r.nextBoolean() ? "" : String.valueOf((char) ('a' + r.nextInt(26))))
                + (r.nextInt(3) == 0 ? Integer.toString(r.nextInt(20)) : "");
        if (r.nextBoolean()) {
            name = name.toUpperCase(Locale.ROOT);
        }
        return switch (r.nextInt(4)) {
            case 0 -> name;
            case 1 -> fullwidth(name);
            case 2 -> insert(r, name, INVISIBLE[r.nextInt(INVISIBLE.length)]);
            default -> name + (r.nextBoolean() ? "-data" : "");
        };
    }

    static String unicode(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = SCRIPTS[r.nextInt(SCRIPTS.length)];
            b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
        }
        String s = b.toString();
        return r.nextInt(3) == 0 ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
    }

    static String hostile(SplittableRandom r) {
        StringBuilder b = new StringBuilder(word(r, r.nextInt(6)));
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (r.nextBoolean()) {
                b.appendCodePoint(INVISIBLE[r.nextInt(INVISIBLE.length)]);
            } else {
                b.append(URL_SPECIAL.charAt(r.nextInt(URL_SPECIAL.length())));
            }
            b.append(word(r, r.nextInt(4)));
        }
        return b.toString();
    }

    static String digits(SplittableRandom r) {
        int zero = DIGITS[r.nextInt(DIGITS.length)];
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(zero + r.nextInt(10));
        }
        return b.toString();
    }

    static String nearTheLimit(SplittableRandom r) {
        int length = 62 + r.nextInt(5);
        String unit = new String[] {"a", "\ud83d\udcbe", "\u00e9", "e\u0301", "\u4e2d"}[r.nextInt(5)];
        return unit.repeat(length);
    }

    static String randomCodePoints(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = r.nextInt(4) == 0 ? r.nextInt(0x80) : r.nextInt(Character.MAX_CODE_POINT + 1);
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** Spaces of any kind at either end, now and then. */
    static String decorate(SplittableRandom r, String s) {
        int space = new int[] {' ', 0x00A0, 0x3000, '\t', 0x2003}[r.nextInt(5)];
        return switch (r.nextInt(3)) {
            case 0 -> new String(Character.toChars(space)) + s;
            case 1 -> s + new String(Character.toChars(space));
            default -> s;
        };
    }

    static String fullwidth(String ascii) {
        StringBuilder b = new StringBuilder();
        ascii.codePoints().forEach(c -> b.appendCodePoint(c >= '!' && c <= '~' ? c - '!' + 0xFF01 : c));
        return b.toString();
    }

    static String insert(SplittableRandom r, String s, int cp) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + new String(Character.toChars(cp)) + s.substring(at);
    }

    public static boolean hasLoneSurrogate(String s) {
        return s.codePoints().anyMatch(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    }
}
