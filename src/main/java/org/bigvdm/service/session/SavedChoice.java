package org.bigvdm.service.session;

/**
 * What the user chose when they last signed in, as remembered in the settings: the service and
 * the username. Empty strings where nothing was saved.
 *
 * @param custom true for "Other server" with {@code brainUrl} and {@code authUrl}
 */
public record SavedChoice(boolean custom, String brainUrl, String authUrl, String username) {
}
