package org.bigvdm.settings;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bigvdm.api.Endpoints;

/**
 * A token store opened when first used, or at once on a thread of its own. Finding the keyring
 * (JNA's native library, a D-Bus connection) took ~0.2 s of a start: a start on the demo needs no
 * token until the user signs in, and a start that resumes a session needs one soon, but not before
 * the window. Like every store, its methods block: call them off the FX thread.
 */
final class OpeningTokenStore implements TokenStore {
    private final Supplier<TokenStore> opener;
    private CompletableFuture<TokenStore> store; // guarded by this

    OpeningTokenStore(Supplier<TokenStore> opener, boolean openNow) {
        this.opener = opener;
        if (openNow) {
            synchronized (this) {
                store = CompletableFuture.supplyAsync(opener, r -> {
                    Thread t = new Thread(r, "token-store-open");
                    t.setDaemon(true);
                    t.start();
                });
            }
        }
    }

    private TokenStore store() {
        CompletableFuture<TokenStore> opened;
        synchronized (this) {
            if (store == null) {
                // first use, on the caller's (worker) thread: no thread of its own needed
                store = CompletableFuture.completedFuture(opener.get());
            }
            opened = store;
        }
        return opened.join();
    }

    @Override
    public Optional<String> load(Endpoints endpoints, String username) {
        return store().load(endpoints, username);
    }

    @Override
    public void save(Endpoints endpoints, String username, String token) {
        store().save(endpoints, username, token);
    }

    @Override
    public void forget(Endpoints endpoints, String username) {
        store().forget(endpoints, username);
    }

    @Override
    public String describe() {
        return store().describe();
    }
}
