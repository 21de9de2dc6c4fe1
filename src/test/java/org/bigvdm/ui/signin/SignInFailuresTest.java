package org.bigvdm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.service.UserError;
import org.junit.jupiter.api.Test;

/** The failures {@link SignInViewModelTest} does not provoke: which service is named, what survives. */
class SignInFailuresTest {
    private final SignInForm form = new SignInForm();
    private final SignInFailures failures =
            new SignInFailures(form, Endpoints.parse("https://brain.example.net", "https://auth.example.net"));

    private static UserError unreachable() {
        return UserError.of(new NetworkException(NetworkException.Kind.REFUSED, "refused", null));
    }

    @Test
    void anUnreachableBrainIsNamedWhenAnApiKeyIsCheckedAndTheKeyIsKept() {
        form.apiKey.set("apikey.abc");
        failures.apiKeyFailed(unreachable());
        assertThat(form.state.generalErrorProperty().get()).isEqualTo("Could not reach brain.example.net (connection refused)");
        assertThat(form.apiKey.get()).isEqualTo("apikey.abc");
    }

    @Test
    void aForbiddenApiKeyIsClearedAndSaidBesideIt() {
        form.apiKey.set("apikey.abc");
        failures.apiKeyFailed(UserError.of(new ForbiddenException("Forbidden")));
        assertThat(form.apiKey.get()).isEmpty();
        assertThat(form.field(SignInField.API_KEY).messageProperty().get()).isEqualTo(SignInMessages.API_KEY_REJECTED);
    }

    @Test
    void anUnreachableAuthServiceIsNamedForTheBytemarkToolsToken() {
        failures.bytemarkTokenFailed(unreachable());
        assertThat(form.state.generalErrorProperty().get()).startsWith("Could not reach auth.example.net");
        failures.bytemarkTokenFailed(UserError.of(new UnauthorizedException("Unauthorized")));
        assertThat(form.state.generalErrorProperty().get()).isEqualTo(SignInMessages.BYTEMARK_TOKEN_EXPIRED);
    }

    @Test
    void anUnexpectedPasswordFailureClearsTheSecretsAndIsSaidInWords() {
        form.password.set("pw1");
        form.twoFactorCode.set("123456");
        failures.passwordFailed(UserError.of(new IllegalStateException("boom")), true);
        assertThat(form.password.get()).isEmpty();
        assertThat(form.twoFactorCode.get()).isEmpty();
        assertThat(form.state.generalErrorProperty().get()).isNotEmpty().doesNotContain("pw1");
        assertThat(form.field(SignInField.PASSWORD).messageProperty().get()).isEmpty();
    }
}
