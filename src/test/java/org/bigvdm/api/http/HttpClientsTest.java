package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.junit.jupiter.api.Test;

/** The OkHttp settings that keep writes single and TLS intact. */
class HttpClientsTest {
    private static final ClientConfig CONFIG = new ClientConfig(Endpoints.BYTEMARK_CLOUD,
            Duration.ofSeconds(3), Duration.ofSeconds(7), Duration.ofSeconds(11), Wire.USER_AGENT);

    @Test
    void timeoutsComeFromTheConfig() {
        OkHttpClient c = HttpClients.create(CONFIG);
        assertThat(c.connectTimeoutMillis()).isEqualTo(3_000);
        assertThat(c.readTimeoutMillis()).isEqualTo(7_000);
        assertThat(c.callTimeoutMillis()).isEqualTo(11_000);
    }

    @Test
    void okHttpNeverResendsOrFollowsRedirectsByItself() {
        OkHttpClient shared = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
        for (OkHttpClient c : new OkHttpClient[] {HttpClients.create(CONFIG), HttpClients.derive(shared, CONFIG)}) {
            assertThat(c.retryOnConnectionFailure()).isFalse();
            assertThat(c.followRedirects()).isFalse();
            assertThat(c.followSslRedirects()).isFalse();
        }
    }

    @Test
    void tlsChecksAreOkHttpsOwn() {
        OkHttpClient c = HttpClients.create(CONFIG);
        assertThat(c.hostnameVerifier().getClass().getName()).isEqualTo("okhttp3.internal.tls.OkHostnameVerifier");
        assertThat(c.certificatePinner().getPins()).isEmpty();
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> Endpoints.single(URI.create("http://uk0.bigv.io")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Endpoints.single(URI.create("http://127.0.0.1:8080")).isLoopback()).isTrue();
    }
}
