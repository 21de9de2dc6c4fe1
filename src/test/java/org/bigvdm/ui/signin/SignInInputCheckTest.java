package org.bigvdm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.bigvdm.api.Endpoints;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;
import org.junit.jupiter.api.Test;

class SignInInputCheckTest {
    private static SignInInput password(String user, String password) {
        return new SignInInput(EndpointChoice.BYTEMARK_CLOUD, "", "", user, password, false, "", false, "", "");
    }

    private static SignInInput apiKey(String key) {
        return new SignInInput(EndpointChoice.BYTEMARK_CLOUD, "", "", "", "", true, key, false, "", "");
    }

    private static SignInInput custom(String brain, String auth) {
        return new SignInInput(EndpointChoice.CUSTOM, brain, auth, "alice", "pw", false, "", false, "", "");
    }

    private static SignInInput codeAsked(String code, String yubikey) {
        return new SignInInput(EndpointChoice.BYTEMARK_CLOUD, "", "", "alice", "pw", false, "", true, code, yubikey);
    }

    @Test
    void filledInPasswordInputHasNoProblems() {
        assertThat(SignInInputCheck.problems(password("alice", "pw"))).isEmpty();
        assertThat(SignInInputCheck.complete(password("alice", "pw"))).isTrue();
    }

    @Test
    void eachMissingCredentialIsNamedBesideItsField() {
        assertThat(SignInInputCheck.problems(password(" ", ""))).containsExactly(
                Map.entry(SignInField.USERNAME, SignInMessages.ENTER_USERNAME),
                Map.entry(SignInField.PASSWORD, SignInMessages.ENTER_PASSWORD));
    }

    @Test
    void aPasswordOfSpacesIsAPassword() {
        assertThat(SignInInputCheck.problems(password("alice", "  "))).isEmpty();
    }

    @Test
    void aCodeIsNeededOnlyOnceAskedForAndAYubikeyOtpCountsAsOne() {
        assertThat(SignInInputCheck.problems(codeAsked(" ", ""))).containsExactly(
                Map.entry(SignInField.CODE, SignInMessages.ENTER_CODE));
        assertThat(SignInInputCheck.complete(codeAsked("", ""))).isFalse();
        assertThat(SignInInputCheck.problems(codeAsked("123456", ""))).isEmpty();
        assertThat(SignInInputCheck.problems(codeAsked("", "cccjgjgkhcbb"))).isEmpty();
        assertThat(SignInInputCheck.complete(codeAsked("", "cccjgjgkhcbb"))).isTrue();
    }

    @Test
    void apiKeyModeChecksOnlyTheKey() {
        assertThat(SignInInputCheck.problems(apiKey("  apikey.abc  "))).isEmpty();
        assertThat(SignInInputCheck.problems(apiKey(" "))).containsExactly(
                Map.entry(SignInField.API_KEY, SignInMessages.ENTER_API_KEY));
        assertThat(SignInInputCheck.problems(apiKey("hunter2"))).containsExactly(
                Map.entry(SignInField.API_KEY, SignInMessages.NOT_AN_API_KEY));
        assertThat(SignInInputCheck.complete(apiKey("hunter2"))).as("only filled in; submit explains").isTrue();
        assertThat(SignInInputCheck.complete(apiKey(" "))).isFalse();
    }

    @Test
    void eachBadUrlIsBlamedOnItsOwnField() {
        Map<SignInField, String> problems = SignInInputCheck.problems(custom("ftp://brain.example.net", "nohost"));
        assertThat(problems.keySet()).containsExactly(SignInField.BRAIN_URL, SignInField.AUTH_URL);
        assertThat(problems.get(SignInField.BRAIN_URL)).startsWith("API URL");
        assertThat(problems.get(SignInField.AUTH_URL)).startsWith("Auth URL");
    }

    @Test
    void aBlankAuthUrlMeansTheApiUrlServesBoth() {
        assertThat(SignInInputCheck.problems(custom("http://localhost:9000", " "))).isEmpty();
        assertThat(SignInInputCheck.endpoints(custom("http://localhost:9000", " ")))
                .contains(Endpoints.single(URI.create("http://localhost:9000")));
    }

    @Test
    void aCustomEndpointNeedsAnApiUrlBeforeTheButtonIsOn() {
        assertThat(SignInInputCheck.complete(custom(" ", ""))).isFalse();
        assertThat(SignInInputCheck.problems(custom("", "")).get(SignInField.BRAIN_URL)).contains("empty");
    }

    @Test
    void endpointsAreBytemarkCloudOrTheParsedOnesOrNothingQuietly() {
        assertThat(SignInInputCheck.endpoints(password("alice", "pw"))).contains(Endpoints.BYTEMARK_CLOUD);
        assertThat(SignInInputCheck.endpoints(custom("https://brain.example.net", "https://auth.example.net")))
                .contains(Endpoints.parse("https://brain.example.net", "https://auth.example.net"));
        assertThat(SignInInputCheck.endpoints(custom("http://brain.example.net", ""))).isEmpty();
    }

    @Test
    void toStringNeverShowsThePassword() {
        assertThat(password("alice", "s3cret-pw").toString()).contains("alice").doesNotContain("s3cret-pw");
    }
}
