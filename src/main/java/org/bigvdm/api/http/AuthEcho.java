package org.bigvdm.api.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;
import org.bigvdm.api.Redaction;

/**
 * Guards sign-in error texts. A proxy or a misconfigured auth service may answer an error by
 * quoting the request, password and all, in any escaping. Blanking the password's known forms
 * is not enough (an escaping we did not think of would slip through), so an auth error body that
 * names a field of the sign-in request, or holds a secret in any form, is not shown at all.
 */
final class AuthEcho {
    /** A field of the sign-in body followed by a key-value separator: the shape of a quoted request. */
    private static final Pattern REQUEST_FIELD = Pattern.compile(
            "(?i)(?:password|passwd|2fa|yubikey|validity|username)[\"']?\\s*[:=]");

    private AuthEcho() {
    }

    /** The body, or "" when it could be an echo of the sign-in request. */
    static String shownBody(String body, Collection<String> secrets) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String plain = unescaped(body);
        boolean echo = REQUEST_FIELD.matcher(plain).find() || REQUEST_FIELD.matcher(body).find()
                || Redaction.containsAny(body, secrets) || Redaction.containsAny(plain, secrets);
        return echo ? "" : body;
    }

    /** The body with URL, HTML and JSON escaping undone as far as it goes; for looking, not showing. */
    private static String unescaped(String body) {
        String text = body.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replace("\\u0022", "\"").replace("\\", "");
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a stray % is not an encoding
        }
    }
}
