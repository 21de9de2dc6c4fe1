package org.bigvdm.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.bigvdm.testutil.WireTypes.Kind;
import org.junit.jupiter.api.Test;

/** The check the contract tests' clients carry really fails on a type the real service never sends. */
class WireTypeCheckTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final OkHttpClient client = new OkHttpClient.Builder().addInterceptor(new WireTypeCheck()).build();

    @Test
    void aBooleanHeadOrAFractionalFigureFailsTheCallNamingTheField() {
        server.enqueue(json("{\"id\": 1, \"name\": \"web1\", \"head\": true}"));
        assertThatThrownBy(() -> get("/virtual_machines/1")).isInstanceOf(AssertionError.class)
                .hasMessageContaining(".head: should be STRING, is BOOLEAN");
        server.enqueue(json("[{\"id\": 1, \"label\": \"a\", \"size\": 1024, \"migration_progress\": 42.5}]"));
        assertThatThrownBy(() -> get("/discs")).hasMessageContaining("[0].migration_progress: should be INTEGER");
        server.enqueue(json("{\"id\": 1, \"label\": \"a\", \"size\": 1024, \"invented\": 1}"));
        assertThatThrownBy(() -> get("/discs/1")).hasMessageContaining(".invented: not in the wire-types table");
    }

    @Test
    void rightTypesNullsErrorsAndNonJsonPass() throws Exception {
        server.enqueue(json(WireFixtures.text("docs-virtual-machines.json")));
        server.enqueue(json("{\"id\": 1, \"name\": \"web1\", \"head\": null}"));
        server.enqueue(new MockResponse.Builder().code(400).body("{\"size\": [1]}").build());
        server.enqueue(json("{\"id\": 1, \"label\": \"trunc"));
        for (String path : List.of("/accounts/a/groups/g/virtual_machines", "/virtual_machines/1", "/discs/1",
                "/discs/2")) {
            try (Response r = get(path)) {
                assertThat(r.code()).isIn(200, 400);
            }
        }
    }

    @Test
    void theKindIsReadFromThePathsShapeNotFromNames() {
        assertThat(WireTypeCheck.kindOf(List.of("accounts", "a", "groups", "g", "virtual_machines", "v", "discs",
                "backups"))).as("a disc labelled backups").isEqualTo(Kind.DISC);
        assertThat(WireTypeCheck.kindOf(List.of("accounts", "discs"))).isEqualTo(Kind.ACCOUNT);
        assertThat(WireTypeCheck.kindOf(List.of("users", "u", "privileges"))).isEqualTo(Kind.PRIVILEGE);
        assertThat(WireTypeCheck.kindOf(List.of("accounts", "a", "groups", "g", "virtual_machines", "v", "signal")))
                .isNull();
        assertThat(WireTypeCheck.kindOf(List.of("session"))).isNull();
    }

    private Response get(String path) throws Exception {
        return client.newCall(new Request.Builder().url(server.url(path)).build()).execute();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }
}
