package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, finding 2: sixteen idle connections used to freeze the simulator (and the demo inside
 * the app). Stalled and garbage connections must now be dropped within a few seconds, and while
 * fifty of them are open other clients must still be answered within a second.
 * The server's limits in a test run come from the surefire configuration (whole request within
 * 2 s, checked every 100 ms), so this takes a few seconds, not the production five.
 */
class HostileConnectionsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create();

    private static final Tally TALLY = Tally.of(HostileConnectionsTest.class);
    /** What each stalled connection sends before it stops; none of them is a whole request. */
    private static final List<byte[]> STALLS = List.of(
            new byte[0],                                                             // silent
            ascii("G"),                                                              // one byte
            ascii("GET /accounts HTTP/1.1\r\nHost: localhost\r\n"),                  // headers never end
            ascii("\r\n\r\n\r\n"),                                                   // bare CRLFs
            ascii("POST /session HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"user"), // body cut short
            new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, (byte) 0xfc, 0x03, 0x03}, // TLS ClientHello
            ascii("GET /accounts/acme-web HTTP/1.1\r\nX-Slow: "));                   // a header that never ends
    /** Lines that are not HTTP/1.x at all: answered 400 or closed, never waited on. */
    private static final List<byte[]> GARBAGE = List.of(
            ascii("GET /\r\n\r\n"),                                                  // HTTP/0.9
            ascii("HELLO\r\n\r\n"),
            ascii("GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"),                   // bad percent-encoding
            ascii("GET / HTTP/1.1\r\nBad Header: x\r\n\r\n"),
            ascii("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
            ascii("\u0000\u0001\u0002\r\n\r\n"));

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @Test
    void fiftyStalledConnectionsNeitherBlockOthersNorStayOpen() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                stalled.add(open(STALLS.get(i % STALLS.size())));
            }
            TALLY.add("stalled connections held open at once", stalled.size());

            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            String token = SIM.demoToken();
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(SIM.baseUri().resolve("accounts"))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(1)) // answered within a second, or this throws
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
                TALLY.one("requests answered while they were open");
            }

            for (Socket s : stalled) {
                assertClosedByServerWithin(s, Duration.ofSeconds(10));
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void garbageIsRefusedOrClosedNotWaitedOn() throws Exception {
        for (byte[] garbage : GARBAGE) {
            try (Socket s = open(garbage)) {
                String answer = readAll(s, Duration.ofSeconds(10));
                assertThat(answer).as(new String(garbage, StandardCharsets.ISO_8859_1))
                        .satisfiesAnyOf(a -> assertThat(a).isEmpty(), a -> assertThat(a).startsWith("HTTP/1.1 400"));
                TALLY.one("garbage requests refused");
            }
        }
    }

    @Test
    void manyConnectionsAtOnceAreServed() throws Exception {
        IntFunction<byte[]> request = i -> ascii("GET /definitions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                sockets.add(open(request.apply(i)));
            }
            for (Socket s : sockets) {
                assertThat(readAll(s, Duration.ofSeconds(10))).startsWith("HTTP/1.1 200");
            }
            TALLY.add("concurrent plain connections answered", sockets.size());
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    static Socket open(byte[] first) throws IOException {
        URI base = SIM.baseUri();
        Socket s = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
        OutputStream out = s.getOutputStream();
        out.write(first);
        out.flush();
        return s;
    }

    /** The server closed it: a read ends (EOF or reset) before the deadline instead of timing out. */
    static void assertClosedByServerWithin(Socket s, Duration limit) throws IOException {
        s.setSoTimeout((int) limit.toMillis());
        InputStream in = s.getInputStream();
        try {
            while (in.read() >= 0) {
                // an error page before the close is fine
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("connection still open after " + limit, e);
        } catch (IOException reset) {
            // closed by the server
        }
    }

    static String readAll(Socket s, Duration limit) throws IOException {
        s.setSoTimeout((int) limit.toMillis());
        try {
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no answer and no close within " + limit, e);
        } catch (IOException reset) {
            return "";
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
