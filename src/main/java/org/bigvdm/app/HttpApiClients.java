package org.bigvdm.app;

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
 * for it.
 */
final class HttpApiClients implements ApiClients {
    private final String version;
    private final CompletableFuture<OkHttpClient> shared;

    HttpApiClients(String version) {
        this.version = version;
        this.shared = CompletableFuture.supplyAsync(() -> {
            OkHttpClient client = HttpClients.create(ClientConfig.defaults(Endpoints.BYTEMARK_CLOUD, version));
            Json.mapper();   // the wire format's Jackson set-up, needed by the first answer
            return client;
        }, r -> {
            Thread t = new Thread(r, "http-client-start");
            t.setDaemon(true);
            t.start();
        });
    }

    private OkHttpClient shared() {
        return shared.join();
    }

    @Override
    public BrainApi brain(Endpoints endpoints, TokenSource tokens) {
        return new HttpBrainClient(shared(), ClientConfig.defaults(endpoints, version), tokens);
    }

    @Override
    public AuthApi auth(Endpoints endpoints) {
        return new HttpAuthClient(shared(), ClientConfig.defaults(endpoints, version));
    }
}
