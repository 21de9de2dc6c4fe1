package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigvdm.api.http.Wire.fixture;
import static org.bigvdm.api.http.Wire.json;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NetworkException.Kind;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.Test;
import java.util.function.Consumer;

/** Timeouts, refused and dropped connections: the right Kind, and writes are never re-sent. */
class NetworkFailureTest {
    private static final VmRef VM = new VmRef("acme", "default", "web1");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private HttpBrainClient client(ClientConfig config) {
        return new HttpBrainClient(config, () -> Wire.TOKEN);
    }

    private static MockResponse dropped() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    private static Consumer<NetworkException> kind(Kind expected) {
        return e -> {
            assertThat(e.kind()).isEqualTo(expected);
            assertThat(e.getMessage()).doesNotContain(Wire.TOKEN);
            assertThat(e.toString()).doesNotContain(Wire.TOKEN);
        };
    }

    @Test
    void slowHeadersTimeOut() {
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).body("[]").build());
        assertThatThrownBy(() -> client(Wire.impatient(server)).allDiscs())
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.TIMEOUT))
                .hasMessageContaining(server.getHostName())
                .hasMessageContaining("did not answer in time");
        assertThat(server.getRequestCount()).as("a timed-out read is not retried").isEqualTo(1);
    }

    @Test
    void theWholeCallTimeoutCounts() {
        ClientConfig config = Wire.config(server).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofMillis(300));
        server.enqueue(new MockResponse.Builder().bodyDelay(1, TimeUnit.SECONDS).body("[]").build());
        assertThatThrownBy(() -> client(config).allDiscs())
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.TIMEOUT));
    }

    @Test
    void closedPortIsRefusedAndKnownNotToHaveReachedTheService() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        ClientConfig config = Wire.config(URI.create("http://127.0.0.1:" + port));
        assertThatThrownBy(() -> client(config).createDisc(VM, new DiscSpec("x", 1024, null)))
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.REFUSED))
                .hasMessageContaining("127.0.0.1:" + port)
                .satisfies(e -> assertThat(((ApiException) e).outcomeUnknown()).isFalse());
    }

    @Test
    void unknownHost() {
        OkHttpClient noDns = new OkHttpClient.Builder().dns(host -> {
            throw new UnknownHostException(host);
        }).build();
        ClientConfig config = Wire.config(server).withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2));
        ClientConfig remote = new ClientConfig(Endpoints.BYTEMARK_CLOUD, config.connectTimeout(),
                config.readTimeout(), config.callTimeout(), Wire.USER_AGENT);
        assertThatThrownBy(() -> new HttpBrainClient(noDns, remote, () -> Wire.TOKEN).overview())
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.UNKNOWN_HOST))
                .hasMessageContaining("uk0.bigv.io");
        assertThatThrownBy(() -> new HttpAuthClient(noDns, remote).createSession(Credentials.of("a", "pw".toCharArray())))
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.UNKNOWN_HOST))
                .hasMessageContaining("auth.bytemark.co.uk");
    }

    @Test
    void tlsFailureIsReportedNotBypassed() throws Exception {
        // https:// to a server that answers in plain text at once: the handshake must fail,
        // never fall back. (A server that stays silent would make this a timeout instead.)
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (java.net.Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } catch (java.io.IOException ignored) {
                    // the client hung up first: nothing left to check here
                }
            }, "plain-text-server");
            answer.setDaemon(true);
            answer.start();
            ClientConfig config = Wire.config(URI.create("https://127.0.0.1:" + plain.getLocalPort()));
            assertThatThrownBy(() -> client(config).allDiscs())
                    .isInstanceOfSatisfying(NetworkException.class, kind(Kind.TLS));
        }
    }

    @Test
    void aDroppedGetIsRetriedOnce() {
        server.enqueue(dropped());
        server.enqueue(json(fixture("client-discs.json")));
        assertThat(client(Wire.config(server)).allDiscs()).hasSize(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aGetIsRetriedOnlyOnce() {
        server.enqueue(dropped());
        server.enqueue(dropped());
        server.enqueue(json("[]"));
        assertThatThrownBy(() -> client(Wire.config(server)).allDiscs())
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.RESET));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDroppedPostIsSentExactlyOnce() {
        server.enqueue(dropped());
        server.enqueue(json(201, fixture("docs-disc.json"), "application/json"));
        assertThatThrownBy(() -> client(Wire.config(server)).createDisc(VM, new DiscSpec("data", 10240, null)))
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.RESET))
                .satisfies(e -> assertThat(((ApiException) e).outcomeUnknown()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedDeleteIsSentExactlyOnce() {
        server.enqueue(dropped());
        server.enqueue(Wire.empty(204));
        assertThatThrownBy(() -> client(Wire.config(server)).purgeDisc(VM, "root"))
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.RESET));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedPutIsSentExactlyOnce() {
        server.enqueue(dropped());
        server.enqueue(json(fixture("docs-disc.json")));
        assertThatThrownBy(() -> client(Wire.config(server)).resizeDisc(VM, "root", 51200))
                .isInstanceOf(NetworkException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedSessionPostIsSentExactlyOnce() {
        server.enqueue(dropped());
        server.enqueue(Wire.text(200, Wire.TOKEN));
        assertThatThrownBy(() -> new HttpAuthClient(Wire.config(server))
                .createSession(Credentials.of("alice", "pw".toCharArray())))
                .isInstanceOf(NetworkException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWriteWhoseAnswerTimesOutIsNotResent() {
        server.enqueue(new MockResponse.Builder().headersDelay(1, TimeUnit.SECONDS).code(204).build());
        assertThatThrownBy(() -> client(Wire.impatient(server)).purgeDiscById(1111))
                .isInstanceOfSatisfying(NetworkException.class, kind(Kind.TIMEOUT))
                .satisfies(e -> assertThat(((ApiException) e).outcomeUnknown()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
