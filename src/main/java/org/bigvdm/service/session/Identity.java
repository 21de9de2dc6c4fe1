package org.bigvdm.service.session;

import java.util.Objects;
import org.bigvdm.api.Endpoints;

/**
 * Who the app talks to and as whom. Holds no token.
 *
 * @param apiKey true when signed in with an API key (it may have no username)
 * @param origin how this session came about
 */
public record Identity(Endpoints endpoints, String username, boolean apiKey, Origin origin) {

    /** How a session came about. */
    public enum Origin {
        /** The embedded simulator. */
        DEMO,
        /** The user signed in (or a session this app saved was resumed). */
        SIGN_IN,
        /** The session the official {@code bytemark} tool saved, used as it is. */
        BYTEMARK_TOOL
    }

    public Identity {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(origin, "origin");
        username = username == null ? "" : username;
    }

    /** The embedded simulator's demo user. */
    public static Identity demo(Endpoints endpoints, String username) {
        return new Identity(endpoints, username, false, Origin.DEMO);
    }

    public boolean demo() {
        return origin == Origin.DEMO;
    }
}
