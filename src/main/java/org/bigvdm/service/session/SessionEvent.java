package org.bigvdm.service.session;

import java.util.Objects;
import org.bigvdm.api.Endpoints;

/**
 * A sign-in, a sign-out or a refused sign-in, as the activity journal records it: the user name
 * and where, never a password, token or key.
 */
public record SessionEvent(Kind kind, String username, Endpoints endpoints) {

    /** What happened to the session. */
    public enum Kind {
        SIGNED_IN,
        SIGNED_OUT,
        /** The service refused the sign-in (or could not be asked); only the user name is kept. */
        SIGN_IN_FAILED
    }

    public SessionEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoints, "endpoints");
        username = username == null ? "" : username;
    }
}
