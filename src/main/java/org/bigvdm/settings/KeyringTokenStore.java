package org.bigvdm.settings;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.bigvdm.api.Endpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tokens in the OS keyring (Secret Service / KWallet, macOS Keychain, Windows Credential Manager). */
final class KeyringTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeyringTokenStore.class);
    private static final String SERVICE = AppDirs.APP_NAME;

    private final Keyring keyring;

    private KeyringTokenStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Empty when no keyring backend works here (no D-Bus session, no native library...). */
    static Optional<TokenStore> tryOpen() {
        try {
            return Optional.of(new KeyringTokenStore(Keyring.create()));
        } catch (Exception | LinkageError e) {
            LOG.info("No usable OS keyring ({}); using a private file instead", e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> load(Endpoints endpoints, String username) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, TokenStore.entryKey(endpoints, username)));
        } catch (PasswordAccessException | RuntimeException e) {
            // the keyring reports "not found" as an exception too
            LOG.debug("No token in the keyring for {} ({})", endpoints.brain(), e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void save(Endpoints endpoints, String username, String token) {
        try {
            keyring.setPassword(SERVICE, TokenStore.entryKey(endpoints, username), token);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new TokenStoreException("Could not save the sign-in token in the system keyring", e);
        }
    }

    @Override
    public void forget(Endpoints endpoints, String username) {
        try {
            keyring.deletePassword(SERVICE, TokenStore.entryKey(endpoints, username));
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.debug("Nothing to forget in the keyring for {}", endpoints.brain());
        }
    }

    @Override
    public String describe() {
        return "system keyring (" + keyring.getKeyringStorageType() + ")";
    }
}
