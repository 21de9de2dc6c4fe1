package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.sim.HostileConnectionsTest.ascii;
import static org.bigvdm.sim.HostileConnectionsTest.readAll;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, finding 6: the control endpoint took session_lifetime_seconds = Long.MAX (after which
 * every sign-in answered 500) and answered any page a browser loaded, so a web site could reset
 * or fault the simulator. Values are now bounded, and only loopback Hosts without an Origin get in.
 */
class ControlEndpointGuardTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final Tally TALLY = Tally.of(ControlEndpointGuardTest.class);

    @AfterAll
    static void report() {
        TALLY.write();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"session_lifetime_seconds\":9223372036854775807}", "{\"session_lifetime_seconds\":86401}",
        "{\"session_lifetime_seconds\":1.5}", "{\"session_lifetime_seconds\":\"60\"}",
        "{\"latency_ms\":9223372036854775807}", "{\"latency_ms\":60001}", "{\"latency_ms\":-1}",
        "{\"powerdown_delay_ms\":9223372036854775807}", "{\"drop_next\":9223372036854775807}",
        "{\"drop_next\":4294967296}", "{\"malformed_next\":-3}", "{\"fail_next\":{\"count\":99999999999}}",
        "{\"fail_next\":{\"count\":1,\"status\":99999999999}}", "{\"fail_next\":{\"count\":1,\"status\":\"503\"}}",
        "{\"fail_share\":{\"share\":\"NaN\"}}", "{\"fail_share\":{\"share\":1e309}}", "{\"latency_ms\":0}xyz"})
    void outOfRangeValuesAreRefusedAndChangeNothing(String body) {
        SimClient control = SIM.client();
        String before = control.get("/_sim/faults").body();
        assertThat(control.post("/_sim/faults", body).statusCode()).as(body).isEqualTo(400);
        assertThat(control.get("/_sim/faults").body()).isEqualTo(before);
        assertThat(control.signIn("demo", "demo").statusCode()).isEqualTo(200);
        TALLY.one("out-of-range control values refused");
    }

    @Test
    void valuesAtTheLimitsAreTaken() {
        var answer = SIM.client().post("/_sim/faults",
                "{\"session_lifetime_seconds\":86400,\"latency_ms\":0,\"powerdown_delay_ms\":600000}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"session_lifetime_seconds\":86400", "\"powerdown_delay_ms\":600000");
        assertThat(SIM.client().signIn("demo", "demo").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Host: evil.example", "Host: 127.0.0.1.nip.io", "Host: localhost.evil.example:80",
        "Host: localhost\r\nOrigin: https://evil.example", "Host: 127.0.0.1\r\nOrigin: null"})
    void aRequestAWebPageCouldMakeIsRefused(String headers) throws IOException {
        String answer = send("POST /_sim/reset HTTP/1.1\r\n" + headers + "\r\nContent-Length: 0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 403");
        TALLY.one("foreign control requests refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST:8080", "127.0.0.1", "[::1]:1234"})
    void loopbackHostsAreServed(String host) throws IOException {
        assertThat(send("GET /_sim/state HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    private static String send(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), SIM.baseUri().getPort())) {
            s.getOutputStream().write(ascii(request));
            return readAll(s, Duration.ofSeconds(5));
        }
    }
}
