package org.bigvdm.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.TokenSource;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.session.ApiClients;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.Session;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.TokenStore;

/**
 * A {@link SessionService} built as the app builds it, on fakes: tests say which auth and brain
 * clients each endpoint gets, and see every endpoint and token they were made for.
 */
public final class TestSessions implements ApiClients {
    /** What the official tool would offer if it had saved nothing. */
    public static final BytemarkConfig NO_TOOL = new BytemarkConfig(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public final List<Endpoints> authCalls = new ArrayList<>();
    private final AuthApi auth;
    private final Function<TokenSource, BrainApi> brain;

    /** @param brain makes the brain client for a token source (the session's, or an API key being checked) */
    public TestSessions(AuthApi auth, Function<TokenSource, BrainApi> brain) {
        this.auth = auth;
        this.brain = brain;
    }

    @Override
    public BrainApi brain(Endpoints endpoints, TokenSource tokens) {
        return brain.apply(tokens);
    }

    @Override
    public AuthApi auth(Endpoints endpoints) {
        authCalls.add(endpoints);
        return auth;
    }

    public SessionService service(TokenStore tokens, Settings settings, BytemarkConfig tool, AccessRights access,
                                  TaskRunner runner) {
        return new SessionService(new Session(this::brain), this, tokens, settings, tool, access, runner);
    }

    /** Who {@link #on} is signed in as. */
    public static final Identity TESTER = new Identity(Endpoints.BYTEMARK_CLOUD, "tester", false,
            Identity.Origin.SIGN_IN);

    /** A session on {@code api}, signed in as {@link #TESTER}, for tests of what uses a session. */
    public static SessionService on(BrainApi api, AccessRights access, TaskRunner runner) {
        SessionService session = new TestSessions(new FakeAuthApi(), tokens -> api)
                .service(new MemoryTokenStore(), Settings.defaults(), NO_TOOL, access, runner);
        session.use(TESTER, "test-token");
        return session;
    }
}
