package org.bigvdm.ui.signin;

import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * What the user has typed, at one moment. A plain value so {@link SignInInputCheck} can judge it
 * without JavaFX; it holds the password, so it is never logged and {@link #toString()} hides it.
 */
record SignInInput(EndpointChoice endpointChoice, String brainUrl, String authUrl, String username,
                   String password, boolean useApiKey, String apiKey, boolean codeRequired,
                   String twoFactorCode, String yubikeyOtp) {

    @Override
    public String toString() {
        return "SignInInput[endpointChoice=" + endpointChoice + ", brainUrl=" + brainUrl + ", authUrl=" + authUrl
                + ", username=" + username + ", useApiKey=" + useApiKey + ", codeRequired=" + codeRequired + "]";
    }
}
