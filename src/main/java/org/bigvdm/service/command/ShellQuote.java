package org.bigvdm.service.command;

import java.util.regex.Pattern;

/** POSIX shell quoting: a word passes through as itself, or in single quotes. */
public final class ShellQuote {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    /** {@code web1} stays; {@code my disc} becomes {@code 'my disc'}; {@code it's} becomes {@code 'it'\''s'}. */
    public static String quote(String word) {
        if (word != null && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + (word == null ? "" : word.replace("'", "'\\''")) + "'";
    }
}
