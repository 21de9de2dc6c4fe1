package org.bigvdm.api.http;

import com.fasterxml.jackson.databind.JavaType;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import org.bigvdm.api.TokenSource;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.UnconfirmedWriteException;

/**
 * What every brain call is made of: a read parsed as JSON, a write sent exactly once, and the
 * read-back after a write answered 2xx with no body. The token is fetched for each request.
 */
final class BrainCalls {
    private final Transport transport;
    private final TokenSource tokens;

    BrainCalls(Transport transport, TokenSource tokens) {
        this.transport = transport;
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    <T> T get(HttpUrl url, JavaType type) {
        ApiCall call = ApiCall.of("GET", url, null, tokens.currentToken());
        return JsonBodies.read(transport.expectSuccess(call), call.hostLabel(), type);
    }

    /** Sends a write once ({@code body} null: none); a lost answer is the caller's to settle by reading. */
    Answer write(String method, HttpUrl url, byte[] body) {
        return transport.expectSuccess(ApiCall.of(method, url, body, tokens.currentToken()));
    }

    /** Sends without a token (public paths). */
    Answer anonymous(ApiCall call) {
        return transport.expectSuccess(call);
    }

    static <T> T parse(Answer answer, HttpUrl url, JavaType type) {
        return JsonBodies.read(answer, ApiCall.hostLabel(url), type);
    }

    /**
     * After a 2xx with no body the change happened; if reading it back fails, say exactly that
     * (outcome unknown to the caller) rather than a plain failure that invites a second send.
     */
    static <T> T readBack(Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            throw new UnconfirmedWriteException("The change was accepted, but reading it back failed: "
                    + e.getMessage(), e);
        }
    }
}
