package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bigvdm.api.model.Json;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.sim.testing.MutableClock;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthTest {
    private static final MutableClock CLOCK = new MutableClock();

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.clock(CLOCK)).resetBeforeEachTest();

    private final SimClient client = SIM.client();

    @Test
    void signInGivesAPlainTextTokenThatOpensTheBrain() throws Exception {
        var answer = client.signIn("demo", "demo");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String token = answer.body();
        assertThat(token).matches("[0-9a-f]{48}");

        assertThat(client.as(token).get("/accounts").statusCode()).isEqualTo(200);
        var info = Json.mapper().readValue(client.get("/session/" + token).body(), SessionInfo.class);
        assertThat(info.username()).isEqualTo("demo");
        assertThat(info.factors()).containsExactly("password");
        assertThat(info.groupMemberships()).isEmpty();
    }

    @Test
    void badCredentialsAreRefused() {
        var wrongPassword = client.signIn("demo", "nope");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("Bad login credentials");
        assertThat(client.signIn("nobody", "demo").body()).contains("Bad login credentials");
    }

    @Test
    void badlyFormedSignInsAreRefused() {
        for (String body : new String[] {
                "not json", "{}", "{\"username\":\"demo\",\"password\":\"demo\"}",
                "{\"username\":\"demo\",\"password\":\"demo\",\"validity\":\"3601\"}",
                "{\"username\":\"demo\",\"password\":\"demo\",\"validity\":\"soon\"}"}) {
            var answer = client.post("/session", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).contains("Badly-formed parameters");
        }
    }

    @Test
    void twoFactorUserNeedsTheCode() {
        var first = client.signIn("twofactor", "twofactor");
        assertThat(first.statusCode()).isEqualTo(401);
        assertThat(first.body()).contains("Missing 2FA");

        String base = "{\"username\":\"twofactor\",\"password\":\"twofactor\",\"validity\":\"600\",\"2fa\":\"";
        assertThat(client.post("/session", base + "000000\"}").body()).contains("Bad login credentials");
        var second = client.post("/session", base + "123456\"}");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(client.get("/session/" + second.body()).body()).contains("\"factors\":[\"password\",\"2fa\"]");
    }

    @Test
    void brainNeedsAToken() {
        assertThat(client.get("/accounts").statusCode()).isEqualTo(401);
        assertThat(client.as("not-a-token").get("/accounts").statusCode()).isEqualTo(401);
        assertThat(client.as("apikey.wrong").get("/accounts").statusCode()).isEqualTo(401);
        assertThat(client.get("/definitions").statusCode()).isEqualTo(200);
    }

    @Test
    void demoApiKeyActsAsDemo() {
        var api = client.as("apikey.demo-0000");
        assertThat(api.get("/accounts").statusCode()).isEqualTo(200);
        assertThat(api.post(Paths.WWW1 + "/discs", "{\"size\":2048}").statusCode()).isEqualTo(201);
    }

    @Test
    void readOnlyUserReadsButCannotChange() {
        var readonly = client.as(client.signIn("readonly", "readonly").body());
        assertThat(readonly.get(Paths.WWW1 + "/discs").statusCode()).isEqualTo(200);
        assertThat(readonly.post(Paths.WWW1 + "/discs", "{\"size\":2048}").statusCode()).isEqualTo(403);
        assertThat(readonly.put(Paths.WWW1 + "/discs/uploads", "{\"size\":204800}").statusCode()).isEqualTo(403);
        assertThat(readonly.delete(Paths.WWW1 + "/discs/uploads?purge=true").statusCode()).isEqualTo(403);
        assertThat(readonly.put(Paths.WWW1, "{\"power_on\":false}").statusCode()).isEqualTo(403);
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
    }

    @Test
    void sessionsExpireAtTheirValidityAndSlideOnUse() {
        String token = client.post("/session",
                "{\"username\":\"demo\",\"password\":\"demo\",\"validity\":\"600\"}").body();
        var demo = client.as(token);
        CLOCK.advance(Duration.ofSeconds(599));
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(200); // slides to 600 s from here
        CLOCK.advance(Duration.ofSeconds(599));
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(200);
        CLOCK.advance(Duration.ofSeconds(600));
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(401);
        assertThat(client.get("/session/" + token).statusCode()).isEqualTo(404);
    }

    @Test
    void lifetimeOverrideShortensSessions() {
        SIM.simulator().sessions().setLifetimeOverride(Duration.ofSeconds(5));
        try {
            var demo = client.as(client.signIn("demo", "demo").body());
            CLOCK.advance(Duration.ofSeconds(5));
            assertThat(demo.get("/accounts").statusCode()).isEqualTo(401);
        } finally {
            SIM.simulator().sessions().setLifetimeOverride(null);
        }
    }

    @Test
    void unknownSessionIs404() {
        assertThat(client.get("/session/0123456789abcdef").statusCode()).isEqualTo(404);
    }
}
