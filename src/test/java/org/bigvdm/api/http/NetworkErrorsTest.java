package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NetworkException.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each I/O failure maps to its Kind; the message is ours (host named, JDK text left out). */
class NetworkErrorsTest {
    private static final String SECRET_IN_CAUSE = "/session/sekrit-token-7f3a9c";

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new SocketTimeoutException("Read timed out " + SECRET_IN_CAUSE), Kind.TIMEOUT),
                Arguments.of(new InterruptedIOException("timeout"), Kind.TIMEOUT),
                Arguments.of(new InterruptedIOException("interrupted"), Kind.OTHER),
                Arguments.of(new ConnectException("Failed to connect " + SECRET_IN_CAUSE), Kind.REFUSED),
                Arguments.of(new UnknownHostException("uk0.bigv.io"), Kind.UNKNOWN_HOST),
                Arguments.of(new SSLHandshakeException("PKIX path building failed"), Kind.TLS),
                Arguments.of(new SocketException("Connection reset"), Kind.RESET),
                Arguments.of(new SocketException("Broken pipe"), Kind.RESET),
                Arguments.of(new EOFException("\\n not found: limit=0"), Kind.RESET),
                Arguments.of(new IOException("unexpected end of stream on " + SECRET_IN_CAUSE), Kind.RESET),
                Arguments.of(new ProtocolException("unexpected end of stream"), Kind.RESET),
                Arguments.of(new IOException("wrapped", new EOFException()), Kind.RESET),
                Arguments.of(new IOException("Canceled"), Kind.OTHER));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsToItsKindWithOurOwnMessage(IOException failure, Kind expected) {
        NetworkException e = NetworkErrors.from(failure, "uk0.bigv.io");
        assertThat(e.kind()).isEqualTo(expected);
        assertThat(e.getMessage()).contains("uk0.bigv.io").doesNotContain("sekrit");
        assertThat(e.toString()).doesNotContain("sekrit");
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.status()).isZero();
    }
}
