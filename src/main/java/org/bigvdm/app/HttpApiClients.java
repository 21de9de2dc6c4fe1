package org.bigvdm.app;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
import org.bigvdm.api.model.Json;
import org.bigvdm.service.session.ApiClients;

/**
 * The app's API clients. The HTTP client is built once, here; every brain and auth client for
 * any endpoint shares its connection pool and threads. Building it (OkHttp and Kotlin classes,
 * the JSON mapper the answers are read with) is started on a thread of its own at construction,
 * so it runs beside the window's start instead of before it; the first client asked for waits
 * for it. It speaks plain HTTP, which is all the demo's simulator needs; the TLS set-up (reading
 * the JDK's trusted certificates) is made beside it when the start resumes a session, else when
 * an https: address is first asked for (a sign-in, on a worker thread).
 */
final class HttpApiClients implements ApiClients {
    private final String version;
    private final CompletableFuture<OkHttpClient> plain;
    private CompletableFuture<OkHttpClient> tls; // guarded by this

    /** @param tlsSoon the start resumes a session (https:): set TLS up now, beside the window's start */
    HttpApiClients(String version, boolean tlsSoon) {
        this.version = version;
        this.plain = CompletableFuture.supplyAsync(() -> {
            OkHttpClient client = HttpClients.cleartextOnly(ClientConfig.defaults(Endpoints.BYTEMARK_CLOUD, version));
            Json.mapper();   // the wire format's Jackson set-up, needed by the first answer
            return client;
        }, HttpApiClients::startThread);
        if (tlsSoon) {
            synchronized (this) {
                tls = plain.thenApplyAsync(HttpClients::withTls, HttpApiClients::startThread);
            }
        }
    }

    private static void startThread(Runnable r) {
        Thread t = new Thread(r, "http-client-start");
        t.setDaemon(true);
        t.start();
    }

    /** The shared client for this address: plain for http:, with TLS for https:. */
    OkHttpClient clientFor(URI address) {
        if ("http".equalsIgnoreCase(address.getScheme())) {
            return plain.join();
        }
        CompletableFuture<OkHttpClient> withTls;
        synchronized (this) {
            if (tls == null) {
                tls = CompletableFuture.completedFuture(HttpClients.withTls(plain.join()));
            }
            withTls = tls;
        }
        return withTls.join();
    }

    @Override
    public BrainApi brain(Endpoints endpoints, TokenSource tokens) {
        return new HttpBrainClient(clientFor(endpoints.brain()), ClientConfig.defaults(endpoints, version), tokens);
    }

    @Override
    public AuthApi auth(Endpoints endpoints) {
        return new HttpAuthClient(clientFor(endpoints.auth()), ClientConfig.defaults(endpoints, version));
    }
}
