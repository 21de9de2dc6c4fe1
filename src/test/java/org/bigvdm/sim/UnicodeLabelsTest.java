package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 12, finding 5, as the simulator enforces it: the shared rules judge labels in NFC, refuse
 * what nobody can see, and the simulator stores and compares the normalised form.
 */
class UnicodeLabelsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final String CAFE_NFC = "caf\u00e9";
    private static final String CAFE_NFD = "cafe\u0301";

    private SimClient demo;

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void composedAndDecomposedSpellingsCannotSitSideBySide() {
        assertThat(create(CAFE_NFC).statusCode()).isEqualTo(201);
        HttpResponse<String> second = create(CAFE_NFD);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(second.body()).isEqualTo("{\"label\":[\"is already in use on this server\"]}");
        assertThat(create("CAF\u00c9").statusCode()).isEqualTo(400);
    }

    @Test
    void aDecomposedLabelIsStoredComposedAndFoundEitherWay() throws Exception {
        Disc disc = Json.mapper().readValue(create(CAFE_NFD).body(), Disc.class);
        assertThat(disc.label()).isEqualTo(CAFE_NFC);
        assertThat(demo.get(Paths.WWW1 + "/discs/" + encode(CAFE_NFD)).statusCode()).isEqualTo(200);
        assertThat(demo.get(Paths.WWW1 + "/discs/" + encode(CAFE_NFC)).statusCode()).isEqualTo(200);
    }

    @Test
    void invisibleLookAlikesOfDevicesAreRefused() {
        assertThat(create("vd\u200ba").body()).contains("must not contain invisible characters (U+200B ZERO WIDTH SPACE)");
        assertThat(create("\u00a0").body()).contains("must not start or end with spaces");
        assertThat(create("\uff56\uff44\uff41").body()).contains("looks like a device name");
        assertThat(create("sdb1").body()).contains("looks like a device name (a partition");
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
    }

    @Test
    void thirtyThreeEmojiAreALabel() {
        String emoji = "\ud83d\udcbe".repeat(33);
        assertThat(create(emoji).statusCode()).isEqualTo(201);
        assertThat(demo.get(Paths.WWW1 + "/discs/" + encode(emoji)).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> create(String label) {
        return demo.post(Paths.WWW1 + "/discs", "{\"label\":" + quoted(label) + ",\"size\":2048}");
    }

    private static String quoted(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
