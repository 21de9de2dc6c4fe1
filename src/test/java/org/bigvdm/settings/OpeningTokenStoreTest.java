package org.bigvdm.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.Endpoints;
import org.bigvdm.testutil.MemoryTokenStore;
import org.junit.jupiter.api.Test;

class OpeningTokenStoreTest {
    private final Endpoints sim = Endpoints.single(URI.create("http://127.0.0.1:9000"));
    private final MemoryTokenStore memory = new MemoryTokenStore();
    private final List<String> openedOn = new ArrayList<>();

    private TokenStore opener() {
        synchronized (openedOn) {
            openedOn.add(Thread.currentThread().getName());
        }
        return memory;
    }

    @Test
    void aStartOnTheDemoOpensNothingUntilATokenIsFirstWanted() {
        TokenStore store = new OpeningTokenStore(this::opener, false);
        assertThat(openedOn).isEmpty();

        store.save(sim, "alice", "tok-a");
        assertThat(store.load(sim, "alice")).contains("tok-a");
        store.forget(sim, "alice");

        // opened once, by the first caller (a worker thread in the app), and used from then on
        assertThat(openedOn).containsExactly(Thread.currentThread().getName());
        assertThat(memory.saved).isEmpty();
        assertThat(store.load(sim, "alice")).isEmpty();
    }

    @Test
    void aStartThatResumesASessionOpensTheStoreAtOnceBesideTheWindow() {
        memory.save(sim, "alice", "tok-a");
        TokenStore store = new OpeningTokenStore(this::opener, true);

        assertThat(store.load(sim, "alice")).contains("tok-a");
        assertThat(store.describe()).isEqualTo(memory.describe());
        synchronized (openedOn) {
            assertThat(openedOn).containsExactly("token-store-open");
        }
    }
}
