package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigvdm.api.http.Wire.assertJsonBody;
import static org.bigvdm.api.http.Wire.assertTarget;
import static org.bigvdm.api.http.Wire.fixture;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.take;
import static org.bigvdm.api.http.Wire.text;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.ApiKeys;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.model.SessionInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins the auth service's wire format: the session POST and the session read. */
class AuthClientWireTest {
    private static final String PASSWORD = "hunter2-Pa55!";

    @StartStop
    final MockWebServer server = new MockWebServer();
    private HttpAuthClient client;

    @BeforeEach
    void setUp() {
        client = new HttpAuthClient(Wire.config(server));
    }

    private static Credentials alice() {
        return Credentials.of("alice", PASSWORD.toCharArray());
    }

    @Test
    void createSessionPostsCredentialsWithValidityAsAStringAndTrimsTheToken() {
        server.enqueue(text(200, "  " + Wire.TOKEN + "\n"));
        assertThat(client.createSession(alice())).isEqualTo(Wire.TOKEN);

        RecordedRequest r = take(server);
        assertTarget(r, "POST", "/session");
        assertJsonBody(r, "{\"username\": \"alice\", \"password\": \"" + PASSWORD + "\", \"validity\": \"1800\"}");
        assertThat(Wire.tree(r.getBody().utf8()).get("validity").isTextual()).isTrue();
        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(r.getHeaders().get("User-Agent")).isEqualTo(Wire.USER_AGENT);
        assertThat(r.getHeaders().get("Accept")).contains("text/plain");
    }

    @Test
    void secondFactorsAreSentWhenGiven() {
        server.enqueue(text(200, Wire.TOKEN));
        client.createSession(new Credentials("alice", PASSWORD.toCharArray(), 3600, "123456", "cccjgjgkhcbb"));
        assertJsonBody(take(server), "{\"username\": \"alice\", \"password\": \"" + PASSWORD + "\","
                + " \"validity\": \"3600\", \"2fa\": \"123456\", \"yubikey\": \"cccjgjgkhcbb\"}");
    }

    @Test
    void badCredentials() {
        server.enqueue(text(403, "Bad login credentials"));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AuthException.Reason.BAD_CREDENTIALS);
                    assertThat(e.status()).isEqualTo(403);
                });
    }

    @Test
    void missingSecondFactor() {
        server.enqueue(text(401, "Missing 2FA\n"));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.MISSING_2FA));
    }

    @Test
    void badlyFormedParameters() {
        server.enqueue(text(400, "Badly-formed parameters"));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(AuthException.class,
                        e -> assertThat(e.reason()).isEqualTo(AuthException.Reason.MALFORMED));
    }

    @Test
    void anotherRefusalKeepsTheServersWords() {
        server.enqueue(text(429, "Too many attempts for alice, wait a minute"));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AuthException.Reason.OTHER);
                    assertThat(e.getMessage()).isEqualTo("Sign-in refused (429 from " + Wire.hostLabel(server)
                            + "): Too many attempts for alice, wait a minute");
                });
    }

    /** An answer that holds the password was written from the request: none of it is shown. */
    @Test
    void aRefusalHoldingThePasswordIsNotShownAtAll() {
        server.enqueue(text(429, "Too many attempts for alice with " + PASSWORD));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(AuthException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AuthException.Reason.OTHER);
                    assertThat(e.getMessage()).isEqualTo("Sign-in refused (429 from " + Wire.hostLabel(server) + ")");
                    assertThat(e.toString()).doesNotContain(PASSWORD);
                });
    }

    @Test
    void serverFailureIsNotBlamedOnTheUser() {
        server.enqueue(text(500, "oops"));
        assertThatThrownBy(() -> client.createSession(alice())).isInstanceOf(ServerErrorException.class);
    }

    @Test
    void anHtmlPageIsNotTakenForAToken() {
        server.enqueue(json(200, "<html><body>Hotel wifi login</body></html>", "text/html"));
        assertThatThrownBy(() -> client.createSession(alice()))
                .isInstanceOfSatisfying(NetworkException.class,
                        e -> assertThat(e.kind()).isEqualTo(NetworkException.Kind.MALFORMED_RESPONSE));
    }

    @Test
    void readSessionPutsTheTokenInThePathAndReadsTheAnswer() {
        server.enqueue(json(fixture("client-session.json")));
        SessionInfo info = client.readSession(Wire.TOKEN);
        assertThat(info.username()).isEqualTo("account");
        assertThat(info.factors()).isEmpty();
        assertThat(info.groupMemberships()).isEmpty();

        RecordedRequest r = take(server);
        assertTarget(r, "GET", "/session/" + Wire.TOKEN);
        Wire.assertStandardHeaders(r, null);
    }

    @Test
    void expiredSessionIsNotFoundAndTheMessageHidesTheToken() {
        server.enqueue(text(404, "Session " + Wire.TOKEN + " not found"));
        assertThatThrownBy(() -> client.readSession(Wire.TOKEN))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.getMessage()).contains("not found").doesNotContain(Wire.TOKEN);
                    assertThat(e.toString()).doesNotContain(Wire.TOKEN);
                });
    }

    @Test
    void apiKeysAreNeverSentToTheAuthService() {
        SessionInfo info = client.readSession("apikey.0123456789abcdef");
        assertThat(info.factors()).containsExactly(HttpAuthClient.API_KEY_FACTOR);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void apiKeyRecognition() {
        assertThat(HttpAuthClient.isApiKey("apikey.abc")).isTrue();
        assertThat(ApiKeys.isApiKey("apikey.")).isFalse();
        assertThat(ApiKeys.isApiKey("APIKEY.abc")).isFalse();
        assertThat(ApiKeys.isApiKey("abc.apikey.def")).isFalse();
        assertThat(ApiKeys.isApiKey(null)).isFalse();
    }

    @Test
    void readSessionRefusesABlankToken() {
        assertThatThrownBy(() -> client.readSession(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
