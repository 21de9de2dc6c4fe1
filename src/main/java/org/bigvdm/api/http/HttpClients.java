package org.bigvdm.api.http;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.bigvdm.api.ClientConfig;

/** Builds the OkHttpClient both API clients use, with the settings that keep writes safe. */
public final class HttpClients {
    /**
     * Idle connections are dropped well before a typical server keep-alive (60-75 s) runs out,
     * so a write is rarely sent on a connection the server has already closed: with OkHttp's own
     * retry turned off, such a write would fail instead of being silently re-sent.
     */
    private static final long IDLE_KEEP_ALIVE_SECONDS = 20;

    private HttpClients() {
    }

    /** A new client with its own connection pool. */
    public static OkHttpClient create(ClientConfig config) {
        return configure(new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, IDLE_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS)), config);
    }

    /** Derives a client from a shared one (same pool and dispatcher) with this config's settings. */
    public static OkHttpClient derive(OkHttpClient base, ClientConfig config) {
        return configure(base.newBuilder(), config);
    }

    private static OkHttpClient configure(OkHttpClient.Builder builder, ClientConfig config) {
        return builder
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                // OkHttp would otherwise re-send a POST/PUT/DELETE after a dropped connection.
                .retryOnConnectionFailure(false)
                // A redirect could move a bearer token or a write elsewhere: report it instead.
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }
}
