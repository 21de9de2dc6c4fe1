package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.model.Json;

/** Shared helpers for the wire tests: configs for a MockWebServer, fixtures, canned answers. */
final class Wire {
    static final String USER_AGENT = "BigVDiscManager/test (+https://github.com/bigvdm)";
    static final String TOKEN = "sekrit-token-7f3a9c";

    private Wire() {
    }

    /** A brain client for {@code server}, with the test token. */
    static HttpBrainClient client(MockWebServer server) {
        return new HttpBrainClient(config(server), () -> TOKEN);
    }

    static ClientConfig config(MockWebServer server) {
        return config(URI.create(server.url("/").toString()));
    }

    static ClientConfig config(URI base) {
        return new ClientConfig(Endpoints.single(base), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(5), USER_AGENT);
    }

    /** Short timeouts so that timeout tests take a fraction of a second. */
    static ClientConfig impatient(MockWebServer server) {
        return config(server).withTimeouts(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2));
    }

    /** How messages name the mock server: host:port. */
    static String hostLabel(MockWebServer server) {
        return server.getHostName() + ":" + server.getPort();
    }

    /** A public answer of the real service (src/test/resources/wire, sources in SOURCES.md there). */
    static String fixture(String name) {
        return org.bigvdm.testutil.WireFixtures.text(name);
    }

    static MockResponse json(int code, String body, String contentType) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build();
    }

    static MockResponse json(String body) {
        return json(200, body, "application/json");
    }

    static MockResponse vnd(String kind, String body) {
        return json(200, body, "application/vnd.bigv." + kind + "+json");
    }

    static MockResponse text(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/plain").body(body).build();
    }

    static MockResponse empty(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    static RecordedRequest take(MockWebServer server) {
        try {
            RecordedRequest r = server.takeRequest(2, TimeUnit.SECONDS);
            assertThat(r).as("a request reached the server").isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertJsonBody(RecordedRequest r, String expectedJson) {
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json");
        assertThat(tree(r.getBody().utf8())).isEqualTo(tree(expectedJson));
    }

    /** Method, path and query exactly as sent (the raw request target). */
    static void assertTarget(RecordedRequest r, String method, String target) {
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getTarget()).isEqualTo(target);
    }

    static void assertStandardHeaders(RecordedRequest r, String token) {
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
        if (token == null) {
            assertThat(r.getHeaders().get("Authorization")).isNull();
        } else {
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        }
    }
}
