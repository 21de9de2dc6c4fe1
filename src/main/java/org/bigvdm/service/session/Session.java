package org.bigvdm.service.session;

import java.util.Objects;
import java.util.function.BiFunction;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;

/**
 * Who the app talks to and with which token, safe to read from any thread. The brain client
 * reads the token from here on every request, so signing in again takes effect at once; a new
 * endpoint builds a new client. The token is never logged or shown: {@link #toString()} leaves
 * it out. {@link SessionService} is what the rest of the app uses; this is its core.
 */
public final class Session implements TokenSource {
    private final BiFunction<Endpoints, TokenSource, BrainApi> clientFactory;

    /** Who and with which token, replaced in one write so no reader sees one without the other. */
    private record Current(Identity identity, String token) {
    }

    private volatile Current current = new Current(null, null);
    private volatile BrainApi api;

    public Session(BiFunction<Endpoints, TokenSource, BrainApi> clientFactory) {
        this.clientFactory = Objects.requireNonNull(clientFactory);
    }

    /** Starts using these endpoints and this token (a session token or an API key). */
    public synchronized void use(Identity who, String newToken) {
        Objects.requireNonNull(who);
        Identity before = current.identity();
        Current next = new Current(who, newToken);
        if (before == null || !before.endpoints().equals(who.endpoints())) {
            Endpoints bound = who.endpoints();
            // a client kept by an open dialog must never carry another endpoint's token
            BrainApi fresh = clientFactory.apply(bound, () -> {
                Current now = current;
                return now.identity() != null && now.identity().endpoints().equals(bound) ? now.token() : null;
            });
            current = next;
            api = fresh;
        } else {
            current = next;
        }
    }

    /** Forgets the token; the client stays for unauthenticated reads such as definitions. */
    public synchronized void forgetToken() {
        current = new Current(current.identity(), null);
    }

    @Override
    public String currentToken() {
        return current.token();
    }

    public Identity identity() {
        return current.identity();
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
        Current now = current;
        return "Session[" + now.identity() + ", token=" + (now.token() == null ? "none" : "***") + "]";
    }
}
