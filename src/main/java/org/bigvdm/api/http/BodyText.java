package org.bigvdm.api.http;

import java.util.Collection;
import java.util.regex.Pattern;
import org.bigvdm.api.Redaction;

/** Turns a server's error body into a short line a person can read, with secrets blanked. */
final class BodyText {
    static final int MAX_LENGTH = 300;
    private static final Pattern HEAD = Pattern.compile("(?is)<(head|script|style)\\b.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private BodyText() {
    }

    /** Trimmed, tags removed, whitespace collapsed, capped at {@link #MAX_LENGTH}; secrets become ***. */
    static String clean(String body, Collection<String> secrets) {
        if (body == null) {
            return "";
        }
        // Before and after tidying: a secret could span whitespace that tidying collapses.
        String text = redact(body, secrets);
        if (looksLikeHtml(text)) {
            text = HEAD.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll(" ");
            text = decodeEntities(text);
        }
        text = redact(SPACES.matcher(text).replaceAll(" ").strip(), secrets);
        return cap(text);
    }

    /** Known secrets in any form an echo carries them (raw, JSON-escaped, URL-encoded), then anything secret-shaped. */
    static String redact(String text, Collection<String> secrets) {
        return Redaction.maskPatterns(Redaction.maskValues(text, secrets));
    }

    static String cap(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }

    private static boolean looksLikeHtml(String text) {
        String start = text.stripLeading();
        return start.startsWith("<") || text.contains("</");
    }

    private static String decodeEntities(String text) {
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
