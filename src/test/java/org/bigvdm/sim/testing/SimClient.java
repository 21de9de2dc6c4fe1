package org.bigvdm.sim.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Raw HTTP against a simulator with the JDK client, for tests that check exact statuses and
 * bodies. Paths start with "/"; {@link #as(String)} gives a client that sends a bearer token.
 */
public final class SimClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String token;

    public SimClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same simulator, with this bearer token (null for none). */
    public SimClient as(String bearerToken) {
        return new SimClient(base, bearerToken);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** {@code POST /session}; the answer's body is the token when the status is 200. */
    public HttpResponse<String> signIn(String username, String password) {
        return post("/session", "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"validity\":\"1800\"}");
    }

    /**
     * Like {@link #post} but lets the IOException through, for dropped-connection tests. (The JDK
     * client quietly retries a GET once on a closed connection; it never retries a POST.)
     */
    public HttpResponse<String> postOrThrow(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
