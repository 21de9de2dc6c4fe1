package org.bigvdm.settings;

import java.util.Optional;
import org.bigvdm.api.Endpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers a session token or API key per (endpoint, username), so the next start can skip
 * the sign-in. Passwords never come here. Methods block (a keyring is a D-Bus call away): call
 * them off the FX thread.
 */
public interface TokenStore {

    String KEYRING_PROPERTY = "bigvdm.keyring";

    Optional<String> load(Endpoints endpoints, String username);

    /** @throws TokenStoreException when it could not be stored; the sign-in itself still counts */
    void save(Endpoints endpoints, String username, String token);

    /** Forgets the token (sign out, or it was refused). Missing entries are fine. */
    void forget(Endpoints endpoints, String username);

    /** Where tokens go, for the log and the About box ("system keyring" or a file path). */
    String describe();

    /**
     * The OS keyring when one answers and {@code -Dbigvdm.keyring=off} is not set; otherwise a
     * file only the user can read, in the state directory.
     */
    static TokenStore open(AppDirs dirs) {
        Logger log = LoggerFactory.getLogger(TokenStore.class);
        if (!"off".equalsIgnoreCase(System.getProperty(KEYRING_PROPERTY, ""))) {
            Optional<TokenStore> keyring = KeyringTokenStore.tryOpen();
            if (keyring.isPresent()) {
                log.info("Tokens are kept in the {}", keyring.get().describe());
                return keyring.get();
            }
        }
        TokenStore file = FileTokenStore.in(dirs);
        log.info("Tokens are kept in {}", file.describe());
        return file;
    }

    /**
     * The store {@link #open} picks, opened on its first use, or now on a thread of its own when
     * {@code openNow} (a start that resumes a session); see {@link OpeningTokenStore}.
     */
    static TokenStore opening(AppDirs dirs, boolean openNow) {
        return new OpeningTokenStore(() -> open(dirs), openNow);
    }

    /** The key both stores use: one entry per brain+auth pair and user. */
    static String entryKey(Endpoints endpoints, String username) {
        return endpoints.brain() + " " + endpoints.auth() + " " + (username == null ? "" : username.strip());
    }
}
