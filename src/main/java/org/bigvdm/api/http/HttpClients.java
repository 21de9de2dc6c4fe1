package org.bigvdm.api.http;

import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
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

    /**
     * A new client, with its own connection pool, for http: addresses only (the simulator on
     * loopback). Building a client that can speak TLS reads the JDK's trusted certificates
     * (~0.1 s of CPU at start); see {@link #withTls}.
     */
    public static OkHttpClient cleartextOnly(ClientConfig config) {
        return configure(new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(5, IDLE_KEEP_ALIVE_SECONDS, TimeUnit.SECONDS))
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)), config);
    }

    /** The same pool, threads and settings, able to reach https: addresses too (OkHttp's default specs). */
    public static OkHttpClient withTls(OkHttpClient base) {
        return base.newBuilder().connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)).build();
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
