package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpApiClientsTest {
    private static final URI SIMULATOR = URI.create("http://127.0.0.1:9000/");
    private static final URI CLOUD = URI.create("https://uk0.bigv.io/");

    @Test
    void theDemosSimulatorIsReachedWithoutSettingTlsUp() {
        OkHttpClient plain = new HttpApiClients("test", false).clientFor(SIMULATOR);

        assertThat(plain.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        // OkHttp set up no trust manager (the JDK's certificates were not read) for this client
        assertThatThrownBy(plain::sslSocketFactory).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anHttpsAddressGetsTlsAndSharesThePoolAndThreads(boolean tlsSoon) {
        HttpApiClients clients = new HttpApiClients("test", tlsSoon);
        OkHttpClient plain = clients.clientFor(SIMULATOR);
        OkHttpClient tls = clients.clientFor(CLOUD);

        assertThat(tls.connectionSpecs()).containsExactly(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
        assertThat(tls.sslSocketFactory()).isNotNull();
        assertThat(tls.x509TrustManager()).isNotNull();
        assertThat(tls.connectionPool()).isSameAs(plain.connectionPool());
        assertThat(tls.dispatcher()).isSameAs(plain.dispatcher());
        assertThat(clients.clientFor(CLOUD)).isSameAs(tls);
        // the write-safety settings come along
        assertThat(tls.retryOnConnectionFailure()).isFalse();
        assertThat(tls.followRedirects()).isFalse();
    }
}
