package org.bigvdm.ui.signin;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bigvdm.api.ApiKeys;
import org.bigvdm.api.Endpoints;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * The rules for typed sign-in input, as plain Java so they are tested without JavaFX: what is
 * wrong with each field (checked before anything is sent), and the cheap "is it filled in" test
 * that enables the Sign in button.
 */
final class SignInInputCheck {
    // a known-good API URL, so parsing the auth URL beside it can only complain about the auth URL
    private static final String GOOD_BRAIN_URL = "https://localhost";

    private SignInInputCheck() {
    }

    /** Every field's problem in words; empty when the input may be sent. */
    static Map<SignInField, String> problems(SignInInput in) {
        Map<SignInField, String> problems = new EnumMap<>(SignInField.class);
        endpointProblems(in, problems);
        if (in.useApiKey()) {
            apiKeyProblem(in.apiKey()).ifPresent(p -> problems.put(SignInField.API_KEY, p));
        } else {
            credentialProblems(in, problems);
        }
        return problems;
    }

    /** The chosen endpoints if valid, without saying why not (start-up has no dialog yet). */
    static Optional<Endpoints> endpoints(SignInInput in) {
        if (in.endpointChoice() == EndpointChoice.BYTEMARK_CLOUD) {
            return Optional.of(Endpoints.BYTEMARK_CLOUD);
        }
        try {
            return Optional.of(Endpoints.parse(in.brainUrl(), in.authUrl()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Cheap completeness only; {@link #problems} does the full check and explains. */
    static boolean complete(SignInInput in) {
        if (in.endpointChoice() == EndpointChoice.CUSTOM && in.brainUrl().isBlank()) {
            return false;
        }
        if (in.useApiKey()) {
            return !in.apiKey().isBlank();
        }
        return !in.username().isBlank() && !in.password().isEmpty() && codeGiven(in);
    }

    private static void endpointProblems(SignInInput in, Map<SignInField, String> problems) {
        if (in.endpointChoice() == EndpointChoice.BYTEMARK_CLOUD) {
            return;
        }
        try {
            Endpoints.parse(in.brainUrl(), null);
        } catch (IllegalArgumentException e) {
            problems.put(SignInField.BRAIN_URL, e.getMessage());
        }
        if (!in.authUrl().isBlank()) {
            try {
                Endpoints.parse(GOOD_BRAIN_URL, in.authUrl());
            } catch (IllegalArgumentException e) {
                problems.put(SignInField.AUTH_URL, e.getMessage());
            }
        }
    }

    private static Optional<String> apiKeyProblem(String typed) {
        String key = typed.strip();
        if (key.isEmpty()) {
            return Optional.of(SignInMessages.ENTER_API_KEY);
        }
        return ApiKeys.isApiKey(key) ? Optional.empty() : Optional.of(SignInMessages.NOT_AN_API_KEY);
    }

    private static void credentialProblems(SignInInput in, Map<SignInField, String> problems) {
        if (in.username().isBlank()) {
            problems.put(SignInField.USERNAME, SignInMessages.ENTER_USERNAME);
        }
        if (in.password().isEmpty()) {
            problems.put(SignInField.PASSWORD, SignInMessages.ENTER_PASSWORD);
        }
        if (!codeGiven(in)) {
            problems.put(SignInField.CODE, SignInMessages.ENTER_CODE);
        }
    }

    /** A code is only needed once the service asked for one; a YubiKey OTP counts as one. */
    private static boolean codeGiven(SignInInput in) {
        return !in.codeRequired() || !in.twoFactorCode().isBlank() || !in.yubikeyOtp().isBlank();
    }
}
