package org.bigvdm.service.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.UserError;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeAuthApi;
import org.bigvdm.testutil.MemoryTokenStore;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.testutil.UnsupportedBrainApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in as a service: resuming saved tokens (API keys included), what a network failure
 * keeps, what a sign-in leaves behind, and the bytemark tool's session at a first start. The
 * tool's files are always a temporary folder: never the developer's own ~/.bytemark.
 */
class SessionServiceTest {
    private final FakeAuthApi auth = new FakeAuthApi();
    private final MemoryTokenStore tokens = new MemoryTokenStore();
    private final Settings settings = Settings.defaults();
    private final AccessRights access = new AccessRights();
    private final List<String> keysChecked = new ArrayList<>();
    private final List<Optional<SignInResult>> resumed = new ArrayList<>();
    private final List<UserError> failed = new ArrayList<>();
    private RuntimeException keyRefusal;

    private final TestSessions clients = new TestSessions(auth, this::brain);

    /** A brain client whose overview is the API key check: it sees the key and may refuse it. */
    private BrainApi brain(TokenSource tokens) {
        return new UnsupportedBrainApi() {
            @Override
            public List<Account> overview() {
                keysChecked.add(tokens.currentToken());
                if (keyRefusal != null) {
                    throw keyRefusal;
                }
                return EstateFixtures.smallEstate();
            }
        };
    }

    private SessionService session(BytemarkConfig tool) {
        return clients.service(tokens, settings, tool, access, ImmediateTaskRunner.create());
    }

    private SessionService session() {
        return session(TestSessions.NO_TOOL);
    }

    private void resume(SessionService session, Endpoints endpoints, String user) {
        session.resumeSavedSession(endpoints, user).onSuccess(resumed::add).onFailure(failed::add).start();
    }

    private static BytemarkConfig tool(Path home, String token, Map<String, String> env) throws Exception {
        Files.createDirectories(home.resolve(".bytemark"));
        Files.writeString(home.resolve(".bytemark/token"), token + "\n");
        return BytemarkConfig.read(env, home);
    }

    @Test
    void aSavedApiKeyGoesThroughTheKeyCheckNotTheAuthService() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "", "apikey.saved");

        resume(session(), Endpoints.BYTEMARK_CLOUD, "");

        assertThat(keysChecked).containsExactly("apikey.saved");
        assertThat(auth.calls()).isZero();
        assertThat(resumed).containsExactly(Optional.of(new SignInResult(Endpoints.BYTEMARK_CLOUD, "", "apikey.saved", true)));
    }

    @Test
    void aRevokedSavedApiKeyIsForgotten() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "", "apikey.revoked");
        keyRefusal = new UnauthorizedException("Unauthorized");

        resume(session(), Endpoints.BYTEMARK_CLOUD, "");

        assertThat(resumed).containsExactly(Optional.empty());
        assertThat(tokens.saved).isEmpty();
    }

    @Test
    void aNetworkFailureKeepsTheSavedTokenAndReportsWhy() {
        tokens.save(Endpoints.BYTEMARK_CLOUD, "alice", "tok-saved");
        auth.sessionAnswer(() -> {
            throw new NetworkException(NetworkException.Kind.TIMEOUT, "timed out", null);
        });

        resume(session(), Endpoints.BYTEMARK_CLOUD, "alice");

        assertThat(resumed).isEmpty();
        assertThat(failed).singleElement().extracting(UserError::kind).isEqualTo(UserError.Kind.TIMEOUT);
        assertThat(tokens.load(Endpoints.BYTEMARK_CLOUD, "alice")).contains("tok-saved");
    }

    @Test
    void nothingSavedMeansNoSessionWithoutAsking() {
        resume(session(), Endpoints.BYTEMARK_CLOUD, "alice");
        assertThat(resumed).containsExactly(Optional.empty());
        assertThat(auth.calls()).isZero();
    }

    @Test
    void aSignInIsUsedAtOnceRemembersTheChoiceAndForgetsOldRights() {
        Endpoints sim = Endpoints.single(URI.create("http://127.0.0.1:9000"));
        auth.token("tok-1");
        SessionService session = session();
        ServerEntry web1 = new Estate(EstateFixtures.smallEstate()).server(11).orElseThrow();
        access.markReadOnly(1);

        session.signInWithPassword(sim, Credentials.of("alice", "pw".toCharArray())).start();

        assertThat(session.identity()).isEqualTo(new Identity(sim, "alice", false, Identity.Origin.SIGN_IN));
        assertThat(session.whoProperty().get()).isEqualTo("alice");
        assertThat(session.whereProperty().get()).isEqualTo("127.0.0.1:9000");
        assertThat(session.demoProperty().get()).isFalse();
        assertThat(session.signedInToRealAccount()).isTrue();
        assertThat(access.mayChange(web1)).isTrue();
        assertThat(tokens.load(sim, "alice")).contains("tok-1");
        assertThat(settings.isCustomEndpoint()).isTrue();
        assertThat(settings.getBrainUrl()).isEqualTo("http://127.0.0.1:9000");
        assertThat(settings.getUsername()).isEqualTo("alice");
        assertThat(session.hasOwnAccount()).isTrue();
    }

    @Test
    void anApiKeyWithoutAUsernameIsCalledSoAndTheDemoIsCalledDemo() {
        SessionService session = session();
        session.signInWithApiKey(Endpoints.BYTEMARK_CLOUD, "apikey.k", "").start();
        assertThat(session.whoProperty().get()).isEqualTo("API key");
        assertThat(session.whereProperty().get()).isEqualTo("uk0.bigv.io");

        session.use(Identity.demo(Endpoints.single(URI.create("http://127.0.0.1:9")), "demo"), "t");
        assertThat(session.whoProperty().get()).isEqualTo("demo");
        assertThat(session.whereProperty().get()).isEqualTo("Demo");
        assertThat(session.demoProperty().get()).isTrue();
        assertThat(session.signedInToRealAccount()).isFalse();
    }

    @Test
    void signingOutForgetsTheSavedTokenAndStopsSendingIt() {
        auth.token("tok-1");
        SessionService session = session();
        session.signInWithPassword(Endpoints.BYTEMARK_CLOUD, Credentials.of("alice", "pw".toCharArray()))
                .start();

        session.signOut();

        assertThat(tokens.saved).isEmpty();
        assertThat(session.api()).isNotNull();
    }

    @Test
    void afterSigningOutTheNextStartOpensTheDemo() {
        auth.token("tok-1");
        SessionService session = session();
        session.signInWithPassword(Endpoints.BYTEMARK_CLOUD, Credentials.of("alice", "pw".toCharArray()))
                .start();
        assertThat(SessionService.hasOwnAccount(settings)).isTrue();

        session.signOut();

        assertThat(SessionService.hasOwnAccount(settings)).as("a start then opens the demo").isFalse();
    }

    @Test
    void aFirstStartUsesTheBytemarkToolsSessionWhenTheServiceStillKnowsIt(@TempDir Path home) throws Exception {
        auth.sessionAnswer(() -> new SessionInfo("bob", List.of("password"), List.of()));
        SessionService session = session(tool(home, "tok-bm", Map.of("BM_USER", "robert")));
        List<Optional<SignInResult>> found = new ArrayList<>();

        session.resumeToolSession().onSuccess(found::add).start();

        assertThat(auth.sessionsRead).containsExactly("tok-bm");
        assertThat(found).containsExactly(Optional.of(new SignInResult(Endpoints.BYTEMARK_CLOUD, "bob", "tok-bm", false)));
        assertThat(session.identity().origin()).isEqualTo(Identity.Origin.BYTEMARK_TOOL);
        assertThat(session.bytemarkToolSessionProperty().get()).isTrue();
        // the tool's token stays the tool's: nothing saved, nothing remembered as this app's own
        assertThat(tokens.saved).isEmpty();
        assertThat(session.hasOwnAccount()).isFalse();
    }

    @Test
    void aToolTokenTheServiceRefusesLeavesNoSession(@TempDir Path home) throws Exception {
        auth.sessionAnswer(() -> {
            throw new NotFoundException("Not found");
        });
        SessionService session = session(tool(home, "tok-old", Map.of("BM_USER", "carol")));
        List<Optional<SignInResult>> found = new ArrayList<>();

        session.resumeToolSession().onSuccess(found::add).start();

        assertThat(found).containsExactly(Optional.empty());
        assertThat(session.identity()).isNull();
        assertThat(session.toolChoice().user()).contains("carol");
    }

    @Test
    void theToolsApiKeyIsCheckedWithTheBrainAtItsOwnEndpoint(@TempDir Path home) throws Exception {
        SessionService session = session(tool(home, "apikey.tool", Map.of("BM_ENDPOINT", "https://brain.example.net",
                "BM_AUTH_ENDPOINT", "https://auth.example.net")));
        List<Optional<SignInResult>> found = new ArrayList<>();

        session.resumeToolSession().onSuccess(found::add).start();

        assertThat(keysChecked).containsExactly("apikey.tool");
        assertThat(auth.calls()).isZero();
        assertThat(found.get(0).orElseThrow().endpoints())
                .isEqualTo(Endpoints.parse("https://brain.example.net", "https://auth.example.net"));
        assertThat(session.whereProperty().get()).isEqualTo("brain.example.net");
    }

    @Test
    void aToolPointingAtAnUnusableServiceIsNotAsked(@TempDir Path home) throws Exception {
        SessionService session = session(tool(home, "tok", Map.of("BM_ENDPOINT", "http://brain.example.net")));
        List<Optional<SignInResult>> found = new ArrayList<>();

        session.resumeToolSession().onSuccess(found::add).start();

        assertThat(found).containsExactly(Optional.empty());
        assertThat(auth.calls()).isZero();
        assertThat(session.toolChoice().endpointProblem()).contains("http://");
    }

    @Test
    void withoutATokenTheToolIsNotAsked() {
        List<Optional<SignInResult>> found = new ArrayList<>();
        session().resumeToolSession().onSuccess(found::add).start();
        assertThat(found).containsExactly(Optional.empty());
        assertThat(auth.calls()).isZero();
    }

    @Test
    void aSignInNeededIsToldToEverySubscriberWithWhatToRunAfter() {
        SessionService session = session();
        List<Runnable> heard = new ArrayList<>();
        session.subscribeSignInNeeded(heard::add);
        Runnable after = () -> { };
        session.signInNeeded(after);
        assertThat(heard).containsExactly(after);
    }
}
