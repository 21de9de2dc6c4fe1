package org.bigvdm.service.session;

import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;

/**
 * Makes API clients for an endpoint. The app's one implementation shares a single HTTP client
 * (one connection pool) among all of them; tests give fakes.
 */
public interface ApiClients {
    /** A brain client that asks {@code tokens} for the token on every request. */
    BrainApi brain(Endpoints endpoints, TokenSource tokens);

    AuthApi auth(Endpoints endpoints);
}
