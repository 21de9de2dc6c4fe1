package org.bigvdm.api.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NetworkException.Kind;

/**
 * Maps an I/O failure to a {@link NetworkException} whose message names the host and what went
 * wrong. The message is ours alone: OkHttp's and the JDK's texts stay in the cause.
 */
public final class NetworkErrors {
    private NetworkErrors() {
    }

    public static NetworkException from(IOException e, String host) {
        Kind kind = kindOf(e);
        return new NetworkException(kind, describe(kind, host), e);
    }

    /** A 2xx answer whose body could not be read as the JSON expected. */
    public static NetworkException malformed(String host, Throwable cause) {
        return new NetworkException(Kind.MALFORMED_RESPONSE, describe(Kind.MALFORMED_RESPONSE, host), cause);
    }

    static Kind kindOf(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return Kind.TIMEOUT;
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp's call timeout says "timeout"; anything else is a cancelled call.
            return "timeout".equalsIgnoreCase(String.valueOf(e.getMessage())) ? Kind.TIMEOUT : Kind.OTHER;
        }
        if (e instanceof UnknownHostException) {
            return Kind.UNKNOWN_HOST;
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return Kind.REFUSED;
        }
        if (e instanceof SSLException) {
            return Kind.TLS;
        }
        if (e instanceof EOFException || looksLikeReset(e)) {
            return Kind.RESET;
        }
        return Kind.OTHER;
    }

    private static boolean looksLikeReset(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("reset") || m.contains("unexpected end of stream") || m.contains("broken pipe")
                    || m.contains("socket closed") || m.contains("connection abort")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Kind kind, String host) {
        return switch (kind) {
            case TIMEOUT -> host + " did not answer in time";
            case REFUSED -> "Could not connect to " + host + " (connection refused or no route)";
            case UNKNOWN_HOST -> "Could not find " + host + " (check the address and your internet connection)";
            case TLS -> "Could not set up a secure connection to " + host + " (certificate or TLS problem)";
            case RESET -> "The connection to " + host + " was dropped before an answer came";
            case MALFORMED_RESPONSE -> host + " sent an answer that is not the JSON expected";
            case OTHER -> "Could not talk to " + host;
        };
    }
}
