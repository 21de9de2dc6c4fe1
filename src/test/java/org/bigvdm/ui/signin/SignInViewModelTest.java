package org.bigvdm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.FakeAuthApi;
import org.bigvdm.testutil.MemoryTokenStore;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.testutil.UnsupportedBrainApi;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {
    private final FakeAuthApi auth = new FakeAuthApi();
    private final MemoryTokenStore tokens = new MemoryTokenStore();
    /** The API keys the brain was asked to accept, and whether it refuses them. */
    private final List<String> checked = new ArrayList<>();
    private RuntimeException keyRefusal;
    private final TestSessions clients = new TestSessions(auth, keys -> new UnsupportedBrainApi() {
        @Override
        public List<Account> overview() {
            checked.add(keys.currentToken());
            if (keyRefusal != null) {
                throw keyRefusal;
            }
            return List.of();
        }
    });
    private final List<Endpoints> factoryCalls = clients.authCalls;

    private SignInViewModel vm(TaskRunner runner) {
        return vm(runner, TestSessions.NO_TOOL);
    }

    private SignInViewModel vm(TaskRunner runner, BytemarkConfig tool) {
        return new SignInViewModel(
                clients.service(tokens, Settings.defaults(), tool, new AccessRights(), runner));
    }

    private SignInViewModel typed(String user, String password) {
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        vm.usernameProperty().set(user);
        vm.passwordProperty().set(password);
        return vm;
    }

    @Test
    void goodSignInGivesResultSavesTokenAndForgetsPassword() {
        auth.token("tok-123");
        SignInViewModel vm = typed("alice", "pw1");

        assertThat(vm.canSubmitProperty().get()).isTrue();
        vm.submit();

        assertThat(vm.getResult()).isEqualTo(new SignInResult(Endpoints.BYTEMARK_CLOUD, "alice", "tok-123", false));
        assertThat(auth.sent).containsExactly(new FakeAuthApi.Sent("alice", "pw1", 1800, null, null));
        assertThat(factoryCalls).containsExactly(Endpoints.BYTEMARK_CLOUD);
        assertThat(tokens.load(Endpoints.BYTEMARK_CLOUD, "alice")).contains("tok-123");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.getResult().toString()).doesNotContain("tok-123");
    }

    @Test
    void wrongPasswordKeepsUsernameClearsPasswordAndSaysSoBesideIt() {
        auth.answer(() -> {
            throw new AuthException(403, AuthException.Reason.BAD_CREDENTIALS, "Bad login credentials");
        });
        SignInViewModel vm = typed("alice", "wrong");

        vm.submit();

        assertThat(vm.getResult()).isNull();
        assertThat(vm.usernameProperty().get()).isEqualTo("alice");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.passwordErrorProperty().get()).isEqualTo("Wrong username or password");
        assertThat(vm.generalErrorProperty().get()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).as("needs the password again").isFalse();
        assertThat(tokens.saved).isEmpty();
    }

    @Test
    void twoFactorRoundTripSendsTheCodeWithTheSameCredentials() {
        auth.answer(() -> {
            throw new AuthException(403, AuthException.Reason.MISSING_2FA, "Missing 2FA");
        }).token("tok-2fa");
        SignInViewModel vm = typed("alice", "pw1");

        vm.submit();
        assertThat(vm.codeRequiredProperty().get()).isTrue();
        assertThat(vm.noticeProperty().get()).contains("two-factor");
        assertThat(vm.passwordProperty().get()).as("kept for the second request").isEqualTo("pw1");
        assertThat(vm.canSubmitProperty().get()).as("needs the code").isFalse();

        vm.twoFactorCodeProperty().set("123456");
        vm.submit();

        assertThat(auth.sent).extracting(FakeAuthApi.Sent::code).containsExactly(null, "123456");
        assertThat(auth.sent.get(1).password()).isEqualTo("pw1");
        assertThat(vm.getResult().token()).isEqualTo("tok-2fa");
        assertThat(vm.codeRequiredProperty().get()).isFalse();
    }

    @Test
    void aRejectedCodeAsksAgainBesideTheCodeField() {
        auth.answer(() -> {
            throw new AuthException(403, AuthException.Reason.MISSING_2FA, "Missing 2FA");
        }).answer(() -> {
            throw new AuthException(403, AuthException.Reason.MISSING_2FA, "Missing 2FA");
        });
        SignInViewModel vm = typed("alice", "pw1");
        vm.submit();
        vm.twoFactorCodeProperty().set("000000");
        vm.submit();

        assertThat(vm.codeErrorProperty().get()).contains("not accepted");
        assertThat(vm.twoFactorCodeProperty().get()).isEmpty();
    }

    @Test
    void aWrongCodeSaysTheCodeWasWrongAndKeepsThePassword() {
        // the real service (and the simulator) answer a wrong code as a wrong password
        auth.answer(() -> {
            throw new AuthException(403, AuthException.Reason.MISSING_2FA, "Missing 2FA");
        }).answer(() -> {
            throw new AuthException(401, AuthException.Reason.BAD_CREDENTIALS, "Bad login credentials");
        });
        SignInViewModel vm = typed("alice", "pw1");
        vm.submit();
        vm.twoFactorCodeProperty().set("000000");
        vm.submit();

        assertThat(vm.codeErrorProperty().get()).startsWith("Wrong code");
        assertThat(vm.passwordErrorProperty().get()).isEmpty();
        assertThat(vm.passwordProperty().get()).isEqualTo("pw1");
        assertThat(vm.usernameProperty().get()).isEqualTo("alice");
        assertThat(vm.twoFactorCodeProperty().get()).isEmpty();
        assertThat(vm.codeRequiredProperty().get()).isTrue();
    }

    @Test
    void apiKeyModeAsksNoAuthServiceAndUsesTheKeyAsToken() {
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        vm.useApiKeyProperty().set(true);
        vm.apiKeyProperty().set("apikey.abc123");

        vm.submit();

        assertThat(auth.calls()).isZero();
        assertThat(checked).containsExactly("apikey.abc123");
        assertThat(vm.getResult()).isEqualTo(new SignInResult(Endpoints.BYTEMARK_CLOUD, "", "apikey.abc123", true));
        assertThat(vm.apiKeyProperty().get()).isEmpty();
    }

    @Test
    void apiKeyRefusedByTheCheckIsSaidBesideTheKey() {
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        keyRefusal = new UnauthorizedException("Unauthorized");
        vm.useApiKeyProperty().set(true);
        vm.apiKeyProperty().set("apikey.revoked");
        vm.submit();

        assertThat(vm.getResult()).isNull();
        assertThat(vm.apiKeyErrorProperty().get()).isEqualTo("This API key was not accepted");
    }

    @Test
    void somethingThatIsNotAnApiKeyIsRefusedBeforeAnyCheck() {
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        vm.useApiKeyProperty().set(true);
        vm.apiKeyProperty().set("hunter2");
        vm.submit();
        assertThat(vm.apiKeyErrorProperty().get()).contains("apikey.");
        assertThat(checked).as("never checked").isEmpty();
    }

    @Test
    void unreachableHostIsNamedAndPasswordKeptForARetry() {
        auth.answer(() -> {
            throw new NetworkException(NetworkException.Kind.UNKNOWN_HOST, "unknown host", null);
        });
        SignInViewModel vm = typed("alice", "pw1");
        vm.endpointChoiceProperty().set(EndpointChoice.CUSTOM);
        vm.brainUrlProperty().set("https://brain.example.net");
        vm.authUrlProperty().set("https://auth.example.net:8443");

        vm.submit();

        assertThat(vm.generalErrorProperty().get()).startsWith("Could not reach auth.example.net:8443");
        assertThat(vm.generalErrorProperty().get()).doesNotContain("pw1");
        assertThat(vm.passwordProperty().get()).isEqualTo("pw1");
    }

    @Test
    void anOldCouldNotReachGoesOnceTheUrlIsEdited() {
        auth.answer(() -> {
            throw new NetworkException(NetworkException.Kind.UNKNOWN_HOST, "unknown host", null);
        });
        SignInViewModel vm = typed("alice", "pw1");
        vm.endpointChoiceProperty().set(EndpointChoice.CUSTOM);
        vm.brainUrlProperty().set("https://brain.example.nett");
        vm.submit();
        assertThat(vm.generalErrorProperty().get()).startsWith("Could not reach");

        vm.brainUrlProperty().set("https://brain.example.net");
        assertThat(vm.generalErrorProperty().get()).isEmpty();
    }

    @Test
    void sameAsTheApiUrlStaysAChoiceNotACopy() {
        Settings settings = Settings.defaults();
        SignInViewModel vm = new SignInViewModel(
                clients.service(tokens, settings, TestSessions.NO_TOOL, new AccessRights(), ImmediateTaskRunner.create()));
        auth.token("tok-1");
        vm.usernameProperty().set("alice");
        vm.passwordProperty().set("pw1");
        vm.endpointChoiceProperty().set(EndpointChoice.CUSTOM);
        vm.brainUrlProperty().set("http://127.0.0.1:9000");
        vm.submit();

        assertThat(vm.getResult()).isNotNull();
        assertThat(settings.getBrainUrl()).isEqualTo("http://127.0.0.1:9000");
        assertThat(settings.getAuthUrl()).as("blank: the same as the API URL").isNull();
    }

    @Test
    void plainHttpToARemoteHostIsRefusedBeforeAnyRequest() {
        SignInViewModel vm = typed("alice", "pw1");
        vm.endpointChoiceProperty().set(EndpointChoice.CUSTOM);
        vm.brainUrlProperty().set("http://brain.example.net");
        vm.authUrlProperty().set("http://auth.example.net");

        vm.submit();

        assertThat(auth.calls()).isZero();
        assertThat(factoryCalls).isEmpty();
        assertThat(vm.brainUrlErrorProperty().get()).contains("http://").contains("brain.example.net");
        assertThat(vm.authUrlErrorProperty().get()).contains("Auth URL").contains("auth.example.net");
    }

    @Test
    void plainHttpToTheSimulatorOnLoopbackIsFine() {
        auth.token("tok-sim");
        SignInViewModel vm = typed("alice", "pw1");
        vm.endpointChoiceProperty().set(EndpointChoice.CUSTOM);
        vm.brainUrlProperty().set("http://127.0.0.1:9000/");
        vm.submit();
        assertThat(vm.getResult().endpoints()).isEqualTo(Endpoints.single(URI.create("http://127.0.0.1:9000")));
    }

    @Test
    void emptyFieldsAreExplainedAndNothingIsSent() {
        SignInViewModel vm = typed("  ", "");
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.submit();
        assertThat(auth.calls()).isZero();
        assertThat(vm.usernameErrorProperty().get()).isEqualTo("Enter your username");
        assertThat(vm.passwordErrorProperty().get()).isEqualTo("Enter your password");

        vm.usernameProperty().set("alice");
        assertThat(vm.usernameErrorProperty().get()).as("cleared on edit").isEmpty();
    }

    @Test
    void noDoubleSubmitWhileBusy() {
        HeldTaskRunner held = new HeldTaskRunner();
        auth.token("tok-1");
        SignInViewModel vm = vm(held);
        vm.usernameProperty().set("alice");
        vm.passwordProperty().set("pw1");

        vm.submit();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(vm.canSubmitProperty().get()).isFalse();
        vm.submit();
        assertThat(held.pending()).isEqualTo(1);

        held.runAll();
        assertThat(auth.sent).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.getResult().token()).isEqualTo("tok-1");
    }

    @Test
    void cancelDropsTheAnswer() {
        HeldTaskRunner held = new HeldTaskRunner();
        auth.token("tok-late");
        SignInViewModel vm = vm(held);
        vm.usernameProperty().set("alice");
        vm.passwordProperty().set("pw1");
        vm.submit();
        vm.cancel();
        held.runAll();
        assertThat(vm.getResult()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theBytemarkToolsTokenIsAcceptedOnlyAfterTheServiceConfirmsIt(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".bytemark"));
        Files.writeString(home.resolve(".bytemark/token"), "tok-bm\n");
        auth.sessionAnswer(() -> new SessionInfo("bob", List.of("password"), List.of()));
        SignInViewModel vm = vm(ImmediateTaskRunner.create(), BytemarkConfig.read(Map.of(), home));
        assertThat(vm.bytemarkTokenAvailableProperty().get()).isTrue();

        vm.useBytemarkToken();

        assertThat(auth.sessionsRead).containsExactly("tok-bm");
        assertThat(vm.getResult()).isEqualTo(new SignInResult(Endpoints.BYTEMARK_CLOUD, "bob", "tok-bm", false));
    }

    @Test
    void theBytemarkToolsEndpointVariablesPrefillACustomEndpoint(@TempDir Path home) {
        SignInViewModel vm = vm(ImmediateTaskRunner.create(), BytemarkConfig.read(Map.of("BM_ENDPOINT",
                "https://brain.example.net", "BM_AUTH_ENDPOINT", "https://auth.example.net", "BM_USER", "dave"), home));
        assertThat(vm.endpointChoiceProperty().get()).isEqualTo(SignInViewModel.EndpointChoice.CUSTOM);
        assertThat(vm.brainUrlProperty().get()).isEqualTo("https://brain.example.net");
        assertThat(vm.authUrlProperty().get()).isEqualTo("https://auth.example.net");
        assertThat(vm.usernameProperty().get()).isEqualTo("dave");
    }

    @Test
    void bytemarkCloudInTheVariablesKeepsTheDefaultChoice(@TempDir Path home) {
        SignInViewModel vm = vm(ImmediateTaskRunner.create(),
                BytemarkConfig.read(Map.of("BM_ENDPOINT", "https://uk0.bigv.io"), home));
        assertThat(vm.endpointChoiceProperty().get()).isEqualTo(SignInViewModel.EndpointChoice.BYTEMARK_CLOUD);
    }

    @Test
    void anExpiredBytemarkTokenIsExplained(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve(".bytemark"));
        Files.writeString(home.resolve(".bytemark/token"), "tok-old");
        auth.sessionAnswer(() -> {
            throw new NotFoundException("Not found");
        });
        SignInViewModel vm = vm(ImmediateTaskRunner.create(), BytemarkConfig.read(Map.of("BM_USER", "carol"), home));
        assertThat(vm.usernameProperty().get()).isEqualTo("carol");

        vm.useBytemarkToken();

        assertThat(vm.getResult()).isNull();
        assertThat(vm.generalErrorProperty().get()).contains("expired");
        assertThat(tokens.saved).isEmpty();
    }

    @Test
    void aSavedTokenTheServiceStillKnowsSkipsTheDialog() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "alice", "tok-saved");
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        vm.usernameProperty().set("alice");
        boolean[] dialogNeeded = {false};

        vm.resumeSavedSession(() -> { }, () -> dialogNeeded[0] = true);

        assertThat(dialogNeeded[0]).isFalse();
        assertThat(auth.sessionsRead).containsExactly("tok-saved");
        assertThat(vm.getResult()).isEqualTo(new SignInResult(Endpoints.BYTEMARK_CLOUD, "alice", "tok-saved", false));
    }

    @Test
    void anExpiredSavedTokenIsForgottenAndTheDialogShown() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "alice", "tok-old");
        auth.sessionAnswer(() -> {
            throw new NotFoundException("Not found");
        });
        SignInViewModel vm = vm(ImmediateTaskRunner.create());
        vm.usernameProperty().set("alice");
        boolean[] dialogNeeded = {false};

        vm.resumeSavedSession(() -> { }, () -> dialogNeeded[0] = true);

        assertThat(dialogNeeded[0]).isTrue();
        assertThat(vm.getResult()).isNull();
        assertThat(tokens.saved).isEmpty();
    }
}
