package org.bigvdm.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;
import org.bigvdm.testutil.FakeEstateApi;
import org.junit.jupiter.api.Test;

class SessionTest {
    private final List<TokenSource> clientsTokens = new ArrayList<>();
    private final Session session = new Session((endpoints, tokens) -> {
        clientsTokens.add(tokens);
        return new FakeEstateApi();
    });
    private final Endpoints demo = Endpoints.single(URI.create("http://127.0.0.1:9999"));

    @Test
    void aNewTokenForTheSameEndpointReachesTheExistingClient() {
        session.use(Identity.demo(demo, "demo"), "t1");
        session.use(Identity.demo(demo, "demo"), "t2");
        assertThat(clientsTokens).hasSize(1);
        assertThat(clientsTokens.get(0).currentToken()).isEqualTo("t2");
    }

    @Test
    void aClientKeptFromAnotherEndpointNeverSeesTheNewToken() {
        session.use(Identity.demo(demo, "demo"), "demo-token");
        session.use(new Identity(Endpoints.BYTEMARK_CLOUD, "alice", false, Identity.Origin.SIGN_IN), "real-token");
        assertThat(clientsTokens).hasSize(2);
        assertThat(clientsTokens.get(0).currentToken()).as("the demo client after a real sign-in").isNull();
        assertThat(clientsTokens.get(1).currentToken()).isEqualTo("real-token");
        assertThat(session.toString()).doesNotContain("real-token");
    }

    @Test
    void aClientNeverSeesAnotherEndpointsTokenEvenWhileSwitching() throws Exception {
        session.use(new Identity(Endpoints.BYTEMARK_CLOUD, "alice", false, Identity.Origin.SIGN_IN), "real-token");
        session.use(Identity.demo(demo, "demo"), "demo-token");
        TokenSource realClient = clientsTokens.get(0);
        Thread switcher = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                session.use(new Identity(Endpoints.BYTEMARK_CLOUD, "alice", false, Identity.Origin.SIGN_IN), "real-token");
                session.use(Identity.demo(demo, "demo"), "demo-token");
            }
        });
        switcher.start();
        Set<String> seen = new HashSet<>();
        while (switcher.isAlive()) {
            seen.add(String.valueOf(realClient.currentToken()));
        }
        switcher.join();
        assertThat(seen).as("the real client saw only its own token or none").isSubsetOf("real-token", "null");
    }
}
