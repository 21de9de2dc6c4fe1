package org.bigvdm.api;

/**
 * Gives the brain client the current session token (or API key) for each request, so that a
 * new sign-in takes effect without building a new client. May return null when signed out.
 */
@FunctionalInterface
public interface TokenSource {
    String currentToken();
}
