package org.bigvdm.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks secrets out of text that may reach a log line, a dialog or an exception message. Two
 * ways, used together: {@link #maskPatterns} finds what looks like a secret (bearer and API
 * keys, session paths, values of password/token/secret/2FA fields in JSON, escaped JSON, forms
 * and key=value text, passwords in URLs); {@link #maskValues} removes known values (the password
 * just sent) in every form an echo could carry them in: raw, JSON-escaped, URL-encoded.
 * The settings layer's log masker and the HTTP client's error texts share this one set.
 */
public final class Redaction {
    public static final String MASK = "***";

    private static final String TOKEN_CHARS = "[A-Za-z0-9._~+/=\\-]+";
    /** Field names whose values are secrets: password, passwd, pwd, *token, *secret, api_key, 2fa, yubikey, otp. */
    private static final String KEY = "(?:[a-z0-9_.-]*(?:password|passwd|pwd|token|secret|api[_-]?key)|2fa|yubikey|otp)";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)(\\b(?:bearer|basic)\\s+)" + TOKEN_CHARS),
            // "Token abc123" (the Rails scheme) but not "Token expired": a token has a digit or is long
            Pattern.compile("(?i)(\\btoken\\s+(?:token=)?)(?=[A-Za-z._~+/=\\-]*[0-9]|[A-Za-z0-9._~+/=\\-]{16})"
                    + TOKEN_CHARS),
            Pattern.compile("(?i)(apikey\\.)" + TOKEN_CHARS),
            Pattern.compile("(?i)(/session/)[^\\s/?#\"'\\\\]+"),
            // JSON: "password": "...", with escaped quotes inside the value
            Pattern.compile("(?i)(\"" + KEY + "\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")"),
            // JSON with a bare value: "2fa": 123456
            Pattern.compile("(?i)(\"" + KEY + "\"\\s*:\\s*)(?![\"\\s*])[^,}\\]\\s]+"),
            // JSON inside a JSON string, as an echo quotes it: \"password\":\"...\"
            Pattern.compile("(?i)(\\\\+\"" + KEY + "\\\\+\"\\s*:\\s*\\\\+\")(?:.*?)(?=\\\\+\"\\s*[,}]|$)"),
            // key="value" and key: 'value' (toString, YAML, log text)
            Pattern.compile("(?i)(\\b" + KEY + "\\s*[=:]\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")"),
            Pattern.compile("(?i)(\\b" + KEY + "\\s*[=:]\\s*')[^']*(?=')"),
            // key=value and key: value forms, e.g. a form body or URL query (URL-encoded values too)
            Pattern.compile("(?i)(\\b" + KEY + "\\s*[=:]\\s*)(?![\"'*\\s])[^\\s,;&\\]}]+"),
            // https://user:password@host
            Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:)[^/\\s@]+(?=@)"));

    private Redaction() {
    }

    /** Everything that looks like a secret, blanked ({@code password=***}, {@code Bearer ***}). */
    public static String maskPatterns(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + MASK));
            }
        }
        return out;
    }

    /** Each known secret, in each form an echo could hold it, replaced by {@value #MASK}. */
    public static String maskValues(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty() || secrets == null) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            for (String form : formsOf(secret)) {
                out = replaceIgnoringCase(out, form);
            }
        }
        return out;
    }

    /** True when the text holds a known secret in any of its forms (case ignored). */
    public static boolean containsAny(String text, Collection<String> secrets) {
        return text != null && !maskValues(text, secrets).equals(text);
    }

    /** The secret as sent, JSON-escaped (once and twice), URL-encoded (form and path style). */
    static Set<String> formsOf(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        String json = jsonEscaped(secret);
        String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        forms.add(jsonEscaped(json));
        forms.add(json);
        forms.add(form);
        forms.add(form.replace("+", "%20"));
        forms.add(secret);
        return forms;
    }

    private static String jsonEscaped(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Percent-escapes may come back in either case (%2F or %2f): match them ignoring case. */
    private static String replaceIgnoringCase(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.replaceAll(MASK) : text;
    }
}
