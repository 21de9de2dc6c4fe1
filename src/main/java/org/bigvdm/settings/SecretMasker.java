package org.bigvdm.settings;

import org.bigvdm.api.Redaction;

/**
 * Blanks out anything in a text that looks like a secret: bearer and {@code Token} credentials,
 * API keys ({@code apikey.…}), values of password, token, secret, 2FA and YubiKey fields (JSON,
 * escaped JSON, quoted or bare key=value), passwords in URLs ({@code https://user:***@host}) and
 * session tokens in {@code /session/<token>} paths. The log layout runs every line through it,
 * so a careless log call still cannot leak a secret into the log file. The patterns are the
 * API client's own ({@link Redaction}), so logs and error messages mask the same things.
 */
public final class SecretMasker {
    public static final String MASK = Redaction.MASK;

    private SecretMasker() {
    }

    public static String mask(String text) {
        return Redaction.maskPatterns(text);
    }
}
