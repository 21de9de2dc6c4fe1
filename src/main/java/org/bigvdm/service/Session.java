package org.bigvdm.service;

import java.util.Objects;
import java.util.function.BiFunction;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;

/**
 * Who the app talks to and as whom. The brain client reads the token from here on every
 * request, so signing in again takes effect at once; a new endpoint builds a new client.
 * The token is never logged or shown: {@link #toString()} leaves it out.
 */
public final class Session implements TokenSource {
    /** Where and who: {@code demo} is true on the embedded simulator. */
    public record Identity(Endpoints endpoints, String username, boolean demo) {
    }

    private final BiFunction<Endpoints, TokenSource, BrainApi> clientFactory;
    private volatile Identity identity;
    private volatile String token;
    private volatile BrainApi api;

    public Session(BiFunction<Endpoints, TokenSource, BrainApi> clientFactory) {
        this.clientFactory = Objects.requireNonNull(clientFactory);
    }

    /** Starts using these endpoints and this token (a session token or an API key). */
    public synchronized void use(Identity who, String newToken) {
        Objects.requireNonNull(who);
        if (identity == null || !identity.endpoints().equals(who.endpoints())) {
            Endpoints bound = who.endpoints();
            // a client kept by an open dialog must never carry another endpoint's token
            api = clientFactory.apply(bound, () -> {
                Identity now = identity;
                return now != null && now.endpoints().equals(bound) ? token : null;
            });
        }
        identity = who;
        token = newToken;
    }

    /** Forgets the token; the client stays for unauthenticated reads such as definitions. */
    public synchronized void forgetToken() {
        token = null;
    }

    @Override
    public String currentToken() {
        return token;
    }

    public boolean hasToken() {
        return token != null;
    }

    public Identity identity() {
        return identity;
    }

    /** The brain client for the current endpoints; throws when nothing was chosen yet. */
    public BrainApi api() {
        BrainApi a = api;
        if (a == null) {
            throw new IllegalStateException("no endpoint chosen yet");
        }
        return a;
    }

    @Override
    public String toString() {
        return "Session[" + identity + ", token=" + (token == null ? "none" : "***") + "]";
    }
}
