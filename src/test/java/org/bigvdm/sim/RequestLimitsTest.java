package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.sim.HostileConnectionsTest.ascii;
import static org.bigvdm.sim.HostileConnectionsTest.readAll;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, finding 3 (bodies had no size limit and were parsed before the token was checked:
 * eight 50 MB bodies ran the handler threads out of memory) and the trailing-garbage part of
 * finding 6. The demo simulator runs in the app's JVM, so these limits guard the app's heap too.
 */
class RequestLimitsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final Tally TALLY = Tally.of(RequestLimitsTest.class);
    private static final int LIMIT = 64 * 1024;
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void aDeclaredLargeBodyIsRefusedBeforeItIsSent() throws Exception {
        try (Socket s = raw("POST " + Paths.WWW1 + "/discs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + SIM.demoToken() + "\r\nContent-Type: application/json\r\nContent-Length: " + FIFTY_MB + "\r\n\r\n")) {
            // nothing of the body is sent: the answer must come from the headers alone
            assertThat(readAll(s, Duration.ofSeconds(5))).startsWith("HTTP/1.1 413")
                    .contains("request body larger than 65536 bytes");
        }
        TALLY.one("oversized bodies refused");
    }

    @Test
    void aStreamedBodyIsRefusedOnceItPassesTheLimit() throws Exception {
        try (Socket s = raw("POST " + Paths.WWW1 + "/discs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + SIM.demoToken() + "\r\nTransfer-Encoding: chunked\r\n\r\n")) {
            OutputStream out = s.getOutputStream();
            byte[] chunk = ascii("4000\r\n" + " ".repeat(0x4000) + "\r\n");
            try {
                for (int i = 0; i < 1000; i++) { // up to 16 MB, unless the server stops reading first
                    out.write(chunk);
                }
            } catch (IOException closedByServer) {
                // expected once the server has answered and closed
            }
            assertThat(readAll(s, Duration.ofSeconds(5))).satisfiesAnyOf(
                    a -> assertThat(a).startsWith("HTTP/1.1 413"), a -> assertThat(a).isEmpty());
        }
        assertThat(SIM.demoClient().get(Paths.WWW1 + "/discs").statusCode()).isEqualTo(200);
        TALLY.one("oversized bodies refused");
    }

    @Test
    void eightFiftyMegabyteBodiesAtOnceLeaveTheSimulatorServing() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            String token = SIM.demoToken();
            for (int i = 0; i < 8; i++) {
                answers.add(senders.submit(() -> sendFiftyMegabytes(token)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).satisfiesAnyOf(
                        a -> assertThat(a).startsWith("HTTP/1.1 413"), a -> assertThat(a).isEmpty());
                TALLY.one("oversized bodies refused");
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(SIM.demoClient().get(Paths.WWW1 + "/discs").statusCode()).isEqualTo(200);
    }

    @Test
    void aBrainPathWithoutATokenIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (Socket s = raw("PUT " + Paths.WWW1 + "/discs/uploads HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n")) {
            assertThat(readAll(s, Duration.ofSeconds(5))).startsWith("HTTP/1.1 401");
        }
        try (Socket s = raw("POST " + Paths.WWW1 + "/discs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer nope\r\n"
                + "Content-Length: 1000\r\n\r\n")) {
            assertThat(readAll(s, Duration.ofSeconds(5))).startsWith("HTTP/1.1 401");
        }
        TALLY.add("unsigned bodies refused unread", 2);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
        SimClient demo = SIM.demoClient();
        String json = "{\"label\":\"padded\",\"size\":2048}";
        String atLimit = json + " ".repeat(LIMIT - json.length());
        assertThat(demo.post(Paths.WWW1 + "/discs", atLimit).statusCode()).isEqualTo(201);
        var over = demo.post(Paths.WWW1 + "/discs", atLimit.replace("padded", "padded2") + " ");
        assertThat(over.statusCode()).isEqualTo(413);
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(3);
        TALLY.one("oversized bodies refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"label\":\"x\",\"size\":2048}xyz", "{\"label\":\"x\",\"size\":2048}{}",
        "{\"label\":\"x\",\"size\":2048}]", "{\"label\":\"x\",\"size\":2048} 1", "{\"label\":\"x\",\"size\":2048}\u0000"})
    void jsonWithTrailingGarbageIsA400(String body) {
        var answer = SIM.demoClient().post(Paths.WWW1 + "/discs", body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"body\":[\"is not a valid JSON object\"]}");
        assertThat(SIM.client().post("/session", "{\"username\":\"demo\",\"password\":\"demo\",\"validity\":\"60\"}x")
                .statusCode()).isEqualTo(400);
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
        TALLY.add("trailing-garbage bodies refused", 2);
    }

    private static String sendFiftyMegabytes(String token) throws IOException {
        try (Socket s = raw("POST " + Paths.WWW1 + "/discs HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + token + "\r\nContent-Length: " + FIFTY_MB + "\r\n\r\n")) {
            byte[] block = new byte[1024 * 1024];
            try {
                for (int i = 0; i < 50; i++) {
                    s.getOutputStream().write(block);
                }
            } catch (IOException closedByServer) {
                // the server answered 413 and hung up
            }
            return readAll(s, Duration.ofSeconds(10));
        }
    }

    private static Socket raw(String head) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), SIM.baseUri().getPort());
        s.getOutputStream().write(ascii(head));
        s.getOutputStream().flush();
        return s;
    }
}
