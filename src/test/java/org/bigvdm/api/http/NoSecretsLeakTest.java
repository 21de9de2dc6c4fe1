package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Neither logs nor exception messages ever carry a token, a password, a header or a query. */
class NoSecretsLeakTest {
    private static final String PASSWORD = "correct-horse-battery";
    private static final VmRef VM = new VmRef("acme", "default", "web1");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger logger;
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        logger = (Logger) LoggerFactory.getLogger("org.bigvdm.api.http");
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(logs);
        logger.setLevel(previousLevel);
    }

    private List<String> logLines() {
        return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private void assertNoSecretsLogged() {
        assertThat(logLines()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain(Wire.TOKEN).doesNotContain(PASSWORD).doesNotContain("?")
                .doesNotContain("Bearer").doesNotContain("Authorization"));
    }

    @Test
    void sessionReadIsLoggedWithTheTokenMasked() {
        server.enqueue(Wire.json(Wire.fixture("client-session.json")));
        new HttpAuthClient(Wire.config(server)).readSession(Wire.TOKEN);
        assertThat(logLines()).anySatisfy(line -> assertThat(line).startsWith("GET /session/***"));
        assertNoSecretsLogged();
    }

    @Test
    void failedSessionReadKeepsTheTokenOutOfLogsAndMessage() {
        server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        server.enqueue(Wire.text(404, "no session " + Wire.TOKEN));
        Throwable thrown = catchThrowable(() -> new HttpAuthClient(Wire.config(server)).readSession(Wire.TOKEN));
        assertThat(thrown).hasMessageNotContaining(Wire.TOKEN);
        assertThat(thrown.toString()).doesNotContain(Wire.TOKEN);
        assertNoSecretsLogged();
    }

    @Test
    void signInLogsNeitherPasswordNorToken() {
        server.enqueue(Wire.text(200, Wire.TOKEN));
        server.enqueue(Wire.text(401, "Bad login credentials for " + PASSWORD));
        var auth = new HttpAuthClient(Wire.config(server));
        auth.createSession(Credentials.of("alice", PASSWORD.toCharArray()));
        Throwable thrown = catchThrowable(() -> auth.createSession(Credentials.of("alice", PASSWORD.toCharArray())));
        assertThat(thrown.getMessage()).doesNotContain(PASSWORD);
        assertNoSecretsLogged();
    }

    @Test
    void brainCallsLogMethodAndPathOnly() {
        server.enqueue(Wire.json("[]"));
        server.enqueue(Wire.empty(204));
        var brain = Wire.client(server);
        brain.overview();
        brain.purgeDisc(VM, "root");
        assertThat(logLines()).contains("GET /accounts", "DELETE /accounts/acme/groups/default/virtual_machines/web1/discs/root");
        assertNoSecretsLogged();
    }

    @Test
    void aCallDescriptionNeverShowsTokenBodyOrQuery() {
        var call = ApiCall.of("POST", server.url("/session?x=1"), PASSWORD.getBytes(), Wire.TOKEN);
        assertThat(call.toString()).isEqualTo("ApiCall[POST /session]");
    }

    @Test
    void serverEchoingTheTokenNeverReachesAnyErrorMessage() {
        var brain = Wire.client(server);
        Consumer<Integer> check = status -> {
            server.enqueue(Wire.text(status, "token " + Wire.TOKEN + " was used"));
            Throwable thrown = catchThrowable(brain::allDiscs);
            assertThat(thrown).as("status %s", status).hasMessageNotContaining(Wire.TOKEN);
            assertThat(thrown.toString()).doesNotContain(Wire.TOKEN);
        };
        for (int status : new int[] {400, 401, 403, 404, 409, 500, 503}) {
            check.accept(status);
        }
        server.enqueue(Wire.json(400, "{\"token\": [\"" + Wire.TOKEN + " is bad\"]}", "application/json"));
        assertThat(catchThrowable(brain::allDiscs)).hasMessageNotContaining(Wire.TOKEN);
    }
}
