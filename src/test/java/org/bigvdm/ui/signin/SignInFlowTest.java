package org.bigvdm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.UserError;
import org.junit.jupiter.api.Test;

/** What {@link SignInViewModelTest} does not reach: resuming with API keys and through network trouble. */
class SignInFlowTest {
    private final FakeAuthApi auth = new FakeAuthApi();
    private final MemoryTokenStore tokens = new MemoryTokenStore();
    private final List<Optional<SignInResult>> resumed = new ArrayList<>();
    private final List<UserError> failed = new ArrayList<>();

    private SignInFlow flow() {
        return new SignInFlow(e -> auth, ImmediateTaskRunner.create(), tokens);
    }

    @Test
    void aSavedApiKeyGoesThroughTheKeyCheckNotTheAuthService() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "", "apikey.saved");
        List<String> checked = new ArrayList<>();
        SignInFlow flow = flow();
        flow.setApiKeyCheck((endpoints, key) -> checked.add(key));

        flow.resume(Endpoints.BYTEMARK_CLOUD, "", resumed::add, failed::add);

        assertThat(checked).containsExactly("apikey.saved");
        assertThat(auth.calls()).isZero();
        assertThat(resumed).containsExactly(Optional.of(new SignInResult(Endpoints.BYTEMARK_CLOUD, "", "apikey.saved", true)));
    }

    @Test
    void aRevokedSavedApiKeyIsForgotten() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "", "apikey.revoked");
        SignInFlow flow = flow();
        flow.setApiKeyCheck((endpoints, key) -> {
            throw new UnauthorizedException("Unauthorized");
        });

        flow.resume(Endpoints.BYTEMARK_CLOUD, "", resumed::add, failed::add);

        assertThat(resumed).containsExactly(Optional.empty());
        assertThat(tokens.saved).isEmpty();
    }

    @Test
    void aNetworkFailureKeepsTheSavedTokenAndReportsWhy() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "alice", "tok-saved");
        auth.sessionAnswer(() -> {
            throw new NetworkException(NetworkException.Kind.TIMEOUT, "timed out", null);
        });
        SignInFlow flow = flow();

        flow.resume(Endpoints.BYTEMARK_CLOUD, "alice", resumed::add, failed::add);

        assertThat(resumed).isEmpty();
        assertThat(failed).singleElement().extracting(UserError::kind).isEqualTo(UserError.Kind.TIMEOUT);
        assertThat(tokens.load(Endpoints.BYTEMARK_CLOUD, "alice")).contains("tok-saved");
        assertThat(flow.isBusy()).isFalse();
    }

    @Test
    void nothingSavedMeansNoSessionWithoutAsking() {
        flow().resume(Endpoints.BYTEMARK_CLOUD, "alice", resumed::add, failed::add);
        assertThat(resumed).containsExactly(Optional.empty());
        assertThat(auth.calls()).isZero();
    }
}
