package org.bigvdm.service.session;

import java.util.Objects;
import org.bigvdm.api.Endpoints;

/**
 * A successful sign-in: where, as whom, and the token to send as {@code Authorization: Bearer}.
 * {@code apiKey} is true when the token is an API key (it never expires and is never refreshed
 * through the auth service). {@link #toString()} hides the token.
 */
public record SignInResult(Endpoints endpoints, String username, String token, boolean apiKey) {
    public SignInResult {
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(token, "token");
        username = username == null ? "" : username;
    }

    @Override
    public String toString() {
        return "SignInResult[endpoints=" + endpoints + ", username=" + username + ", token=***, apiKey=" + apiKey + "]";
    }
}
