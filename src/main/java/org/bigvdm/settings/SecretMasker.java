package org.bigvdm.settings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out anything in a text that looks like a secret: bearer tokens, API keys
 * ({@code apikey.…}), JSON or key=value passwords, tokens and 2FA codes, and session tokens in
 * {@code /session/<token>} paths. The log layout runs every line through it, so a careless
 * log call still cannot leak a secret into the log file.
 */
public final class SecretMasker {
    public static final String MASK = "***";

    private static final String TOKEN_CHARS = "[A-Za-z0-9._~+/=\\-]+";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("(?i)(bearer\\s+)" + TOKEN_CHARS),
            Pattern.compile("(?i)(apikey\\.)" + TOKEN_CHARS),
            Pattern.compile("(?i)(/session/)[^\\s/?#\"']+"),
            // JSON: "password": "...", with escaped quotes inside the value
            Pattern.compile("(?i)(\"(?:password|token|2fa|yubikey|api_?key)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(?=\")"),
            // key=value and key: value forms, e.g. in a toString() or a form body
            Pattern.compile("(?i)(\\b(?:password|passwd|token|api_?key)\\s*[=:]\\s*)(?![\"*])[^\\s,;&\\]}]+"));

    private SecretMasker() {
    }

    public static String mask(String text) {
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
}
