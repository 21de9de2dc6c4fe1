package org.bigvdm.api;

import org.bigvdm.api.model.SessionInfo;

/** The auth service: credentials in, session token out. Blocking; never on the FX thread. */
public interface AuthApi {

    /**
     * {@code POST /session}. Returns the token. Throws
     * {@link org.bigvdm.api.error.AuthException} with reason BAD_CREDENTIALS, MISSING_2FA or
     * MALFORMED, or a {@link org.bigvdm.api.error.NetworkException} when unreachable.
     */
    String createSession(Credentials credentials);

    /** {@code GET /session/{token}}; NotFoundException when it expired or never existed. */
    SessionInfo readSession(String token);
}
