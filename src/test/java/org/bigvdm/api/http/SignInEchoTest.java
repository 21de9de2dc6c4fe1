package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.Credentials;
import org.bigvdm.testutil.Tally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, finding 1: an auth service or proxy that answers an error by quoting the sign-in
 * request must not put the password, the 2FA code or the YubiKey OTP into the message the
 * sign-in dialog shows, in whatever escaping it quotes them.
 */
class SignInEchoTest {
    private static final String OTP = "cccjgjgkhcbbirdrfdnlnghhfgrtnnlgedjlftrbdeut";
    private static final String CODE = "908172";
    private static final Tally TALLY = Tally.of(SignInEchoTest.class);

    @StartStop
    final MockWebServer server = new MockWebServer();

    @AfterAll
    static void report() {
        TALLY.write();
    }

    /** Passwords an escaping can change: quotes, backslashes, spaces, percent, plus, ampersand, non-ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"pa\"ss\\w0rd", "p@ss word+1%", "<b>&amp;\"'</b>", "pässwörd\u00e9", "a&b=c;d", "tab\there"})
    void noEchoOfTheRequestReachesTheMessage(String password) {
        Credentials credentials = new Credentials("alice", password.toCharArray(), 1800, CODE, OTP);
        for (Function<String, String> echo : echoes(credentials)) {
            for (int status : new int[] {400, 403, 422, 429, 500, 502}) {
                String body = echo.apply(password);
                server.enqueue(Wire.text(status, body));
                Throwable thrown = catchThrowable(() -> new HttpAuthClient(Wire.config(server)).createSession(credentials));
                TALLY.one("echoing sign-in error bodies");
                assertThat(thrown).as("status %s, body %s", status, body).isNotNull();
                assertNoSecret(thrown.getMessage(), password);
                assertNoSecret(thrown.toString(), password);
            }
        }
    }

    @Test
    void theSecondFactorsAreSecretsToo() {
        Credentials credentials = new Credentials("alice", "x".toCharArray(), 1800, CODE, OTP);
        server.enqueue(Wire.text(403, "code " + CODE + " and key " + OTP + " were not accepted"));
        Throwable thrown = catchThrowable(() -> new HttpAuthClient(Wire.config(server)).createSession(credentials));
        assertThat(thrown.getMessage()).doesNotContain(CODE).doesNotContain(OTP)
                .isEqualTo("Sign-in refused (403 from " + Wire.hostLabel(server) + ")");
    }

    @Test
    void aOneLetterPasswordDoesNotHideTheKnownPhrases() {
        server.enqueue(Wire.text(401, "Bad login credentials"));
        Throwable thrown = catchThrowable(() -> new HttpAuthClient(Wire.config(server))
                .createSession(Credentials.of("alice", "a".toCharArray())));
        assertThat(thrown).hasMessage("Wrong username or password");
    }

    private static void assertNoSecret(String text, String password) {
        for (String secret : List.of(password, CODE, OTP)) {
            String json = password.replace("\\", "\\\\").replace("\"", "\\\"");
            assertThat(text).doesNotContain(secret).doesNotContain(json)
                    .doesNotContain(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        }
        // pieces of the password that an unknown escaping would leave standing
        for (String piece : password.split("[^\\p{L}\\p{N}]+")) {
            if (piece.length() >= 3) {
                assertThat(text).doesNotContain(piece);
            }
        }
    }

    /** The ways a request comes back in an error body: JSON, escaped JSON, form, URL, HTML, plain. */
    private static List<Function<String, String>> echoes(Credentials c) {
        List<Function<String, String>> all = new ArrayList<>();
        all.add(p -> "Rejected request: {\"username\":\"alice\",\"password\":\"" + json(p)
                + "\",\"validity\":\"1800\",\"2fa\":\"" + CODE + "\",\"yubikey\":\"" + OTP + "\"}");
        all.add(p -> "{\"error\":\"Rejected {\\\"username\\\":\\\"alice\\\",\\\"password\\\":\\\""
                + json(json(p)) + "\\\"}\"}");
        all.add(p -> "bad form: username=alice&password=" + url(p) + "&2fa=" + CODE);
        all.add(p -> "POST /session?username=alice&password=" + url(p).replace("+", "%20"));
        all.add(p -> "<html><body><pre>{&quot;password&quot;:&quot;" + p.replace("&", "&amp;")
                .replace("\"", "&quot;").replace("<", "&lt;") + "&quot;}</pre></body></html>");
        all.add(p -> "Login failed for alice (password " + p + ")");
        all.add(p -> "Login failed: " + url(p).toUpperCase(java.util.Locale.ROOT));
        all.add(p -> "echo: %7B%22password%22%3A%22" + url(json(p)) + "%22%7D");
        return all;
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t");
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
