package org.bigvdm.service.session;

import org.bigvdm.api.Endpoints;
import org.bigvdm.settings.Settings;

/** The part of the settings that belongs to signing in: the service last used and the username. */
final class SignInSettings {
    private final Settings settings;

    SignInSettings(Settings settings) {
        this.settings = settings;
    }

    /** True once the user has signed in with this app: a start then resumes that account. */
    boolean hasOwnAccount() {
        return settings.getUsername() != null && !settings.getUsername().isBlank();
    }

    SavedChoice saved() {
        return new SavedChoice(settings.isCustomEndpoint(), orEmpty(settings.getBrainUrl()),
                orEmpty(settings.getAuthUrl()), orEmpty(settings.getUsername()));
    }

    /** What should be offered next time: this endpoint, and this username unless it is blank. */
    void remember(SignInResult signedIn) {
        boolean custom = !signedIn.endpoints().equals(Endpoints.BYTEMARK_CLOUD);
        settings.setCustomEndpoint(custom);
        settings.setBrainUrl(custom ? signedIn.endpoints().brain().toString() : null);
        // an auth service at the API URL stays "the same as the API URL", not a copy of it: a later
        // change of the API URL alone must not keep signing in at the old one
        boolean sameAuth = signedIn.endpoints().auth().equals(signedIn.endpoints().brain());
        settings.setAuthUrl(custom && !sameAuth ? signedIn.endpoints().auth().toString() : null);
        settings.setUsername(signedIn.username().isBlank() ? settings.getUsername() : signedIn.username());
    }

    /**
     * After Sign out: the next start opens the demo, as the sign-out did, instead of a sign-in
     * dialog over an empty window. The service chosen stays for the next sign-in.
     */
    void forgetAccount() {
        settings.setUsername(null);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
