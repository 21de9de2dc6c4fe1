package org.bigvdm.testutil;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.bigvdm.api.Endpoints;
import org.bigvdm.settings.TokenStore;

/** Tokens in a map, so tests can see what was remembered. */
public final class MemoryTokenStore implements TokenStore {
    public final Map<String, String> saved = new HashMap<>();

    @Override
    public synchronized Optional<String> load(Endpoints endpoints, String username) {
        return Optional.ofNullable(saved.get(TokenStore.entryKey(endpoints, username)));
    }

    @Override
    public synchronized void save(Endpoints endpoints, String username, String token) {
        saved.put(TokenStore.entryKey(endpoints, username), token);
    }

    @Override
    public synchronized void forget(Endpoints endpoints, String username) {
        saved.remove(TokenStore.entryKey(endpoints, username));
    }

    @Override
    public String describe() {
        return "memory";
    }
}
