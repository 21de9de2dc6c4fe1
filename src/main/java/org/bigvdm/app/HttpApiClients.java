package org.bigvdm.app;

import okhttp3.OkHttpClient;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
import org.bigvdm.service.session.ApiClients;

/**
 * The app's API clients. The HTTP client is built once, here; every brain and auth client for
 * any endpoint shares its connection pool and threads.
 */
final class HttpApiClients implements ApiClients {
    private final String version;
    private final OkHttpClient shared;

    HttpApiClients(String version) {
        this.version = version;
        this.shared = HttpClients.create(ClientConfig.defaults(Endpoints.BYTEMARK_CLOUD, version));
    }

    @Override
    public BrainApi brain(Endpoints endpoints, TokenSource tokens) {
        return new HttpBrainClient(shared, ClientConfig.defaults(endpoints, version), tokens);
    }

    @Override
    public AuthApi auth(Endpoints endpoints) {
        return new HttpAuthClient(shared, ClientConfig.defaults(endpoints, version));
    }
}
