package org.bigvdm.api;

import java.time.Duration;
import java.util.Objects;

/** How the HTTP clients talk: where to, how long to wait, and who they say they are. */
public record ClientConfig(Endpoints endpoints, Duration connectTimeout, Duration readTimeout,
                           Duration callTimeout, String userAgent) {

    public ClientConfig {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
    }

    /** Sensible defaults: 10 s to connect, 30 s to read, 60 s for a whole call. */
    public static ClientConfig defaults(Endpoints endpoints, String appVersion) {
        return new ClientConfig(endpoints, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(60), "BigVDiscManager/" + appVersion + " (+https://github.com/bigvdm)");
    }

    public ClientConfig withTimeouts(Duration connect, Duration read, Duration call) {
        return new ClientConfig(endpoints, connect, read, call, userAgent);
    }
}
