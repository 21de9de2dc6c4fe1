package org.bigvdm.service;

import org.bigvdm.api.BrainApi;

/**
 * What the services need of the session: the client for the current endpoint, and a way to say
 * that a request met an expired session. The session service is the real one; a test may give
 * a lambda returning its fake client.
 */
@FunctionalInterface
public interface BrainAccess {
    /** The brain client for the current endpoint and token. */
    BrainApi api();

    /**
     * A request got 401: have the user sign in again, then run {@code after} (which repeats an
     * interrupted read, or tells a dialog that nothing was sent). Without a session to ask,
     * nothing happens.
     */
    default void signInNeeded(Runnable after) {
    }
}
