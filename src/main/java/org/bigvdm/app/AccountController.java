package org.bigvdm.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.Session;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.TokenStore;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.signin.SignInDialogs;
import org.bigvdm.ui.signin.SignInResult;
import org.bigvdm.ui.signin.SignInViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the app is signed in as: demo, a saved session, or a fresh sign-in. Switching swaps the
 * session's endpoint and token and reads everything again; an expired session asks the user to
 * sign in and then repeats the read that was interrupted (never a write).
 */
final class AccountController {
    private static final Logger LOG = LoggerFactory.getLogger(AccountController.class);

    private final Session session;
    private final MainViewModel main;
    private final AccessRights access;
    private final TaskRunner runner;
    private final TokenStore tokens;
    private final Settings settings;
    private final SignInViewModel signIn;
    private SignInDialogs dialogs;
    private DemoBackend demo;
    private final java.util.concurrent.atomic.AtomicReference<DemoBackend> starting =
            new java.util.concurrent.atomic.AtomicReference<>();
    private boolean dialogOpen;
    /** A demo session lasts 30 minutes; one refused again this soon after renewal is broken. */
    private static final java.time.Duration DEMO_RENEW_SPACING = java.time.Duration.ofSeconds(10);
    private long lastDemoRenew;
    private boolean closed;

    AccountController(Session session, MainViewModel main, AccessRights access, TaskRunner runner, TokenStore tokens,
                      Settings settings, DemoBackend demo, BytemarkConfig bytemark) {
        this.session = session;
        this.access = access;
        this.main = main;
        this.runner = runner;
        this.tokens = tokens;
        this.settings = settings;
        this.demo = demo;
        this.signIn = new SignInViewModel(
                endpoints -> new HttpAuthClient(ClientConfig.defaults(endpoints, AppVersion.get())), runner, tokens);
        signIn.setApiKeyCheck((endpoints, key) ->
                new HttpBrainClient(ClientConfig.defaults(endpoints, AppVersion.get()), () -> key).overview());
        signIn.setBytemarkConfig(bytemark);
        signIn.prefill(settings);
        main.setSignIn(() -> showSignIn(r -> { }));
    }

    void setDialogs(SignInDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** At start: demo when no account is set up, else the saved session, else the dialog. */
    void startUp() {
        if (demo != null) {
            useDemo();
            return;
        }
        signIn.resumeSavedSession(() -> Platform.runLater(() -> showSignIn(r -> { })));
        signIn.resultProperty().addListener((o, a, result) -> {
            if (result != null && !dialogOpen) {
                use(result);
            }
        });
    }

    /** Shows the sign-in dialog; on success switches to that account and reads everything. */
    void showSignIn(Consumer<SignInResult> then) {
        if (dialogOpen || dialogs == null || closed) {
            return;
        }
        dialogOpen = true;
        Optional<SignInResult> result;
        try {
            if (signIn.getResult() != null) {
                // signing in again: start clean. A first dialog keeps what resumeSavedSession
                // found out (e.g. "Could not reach …") so the user sees why it is asking.
                signIn.reset();
            }
            signIn.prefill(settings);
            result = dialogs.showSignIn(signIn);
        } finally {
            dialogOpen = false;
        }
        if (closed) {
            return; // the app is shutting down: the dialog closed with the window
        }
        if (result.isPresent()) {
            use(result.get());
            then.accept(result.get());
        } else if (session.identity() == null) {
            // cancelled with nothing to show: the demo is better than an empty window
            startDemoInBackground();
        }
    }

    /** Forgets the saved token and goes back to the demo. */
    void signOut() {
        Session.Identity who = session.identity();
        if (who == null || who.demo()) {
            return;
        }
        runner.task("Signing out", () -> {
            tokens.forget(who.endpoints(), who.username());
            return null;
        }).onFailure(e -> LOG.warn("Could not forget the saved token: {}", e.oneLine())).start();
        session.forgetToken();
        startDemoInBackground();
    }

    boolean signedInToRealAccount() {
        Session.Identity who = session.identity();
        return who != null && !who.demo();
    }

    void close() {
        closed = true;
        if (demo != null) {
            demo.close();
        }
        DemoBackend pending = starting.getAndSet(null);
        if (pending != null) {
            pending.close();
        }
    }

    /**
     * A request got 401. In the demo the session simply timed out: sign in to the simulator
     * again without asking. With a real account, ask the user (later, not inside the failed
     * request's callback, so a dialog can first show why); then run {@code after}, which
     * repeats an interrupted read or lets a disc dialog say that nothing was changed.
     */
    void sessionExpired(Runnable after) {
        Session.Identity who = session.identity();
        if (who != null && who.demo() && demo != null) {
            long now = System.nanoTime();
            if (lastDemoRenew != 0 && now - lastDemoRenew < DEMO_RENEW_SPACING.toNanos()) {
                // a session just renewed is refused again: say so rather than renew for ever
                main.notify("The demo keeps refusing its session; restart the app to reset it.");
                return;
            }
            lastDemoRenew = now;
            DemoBackend backend = demo;
            runner.task("Reconnecting to the demo", backend::renew).onSuccess(token -> {
                if (session.identity() != who) {
                    return; // the user signed in elsewhere meanwhile: keep that
                }
                session.use(who, token);
                after.run();
            }).onFailure(e -> main.notify("The demo could not reconnect: " + e.detail())).start();
            return;
        }
        Platform.runLater(() -> showSignIn(r -> after.run()));
    }

    private void use(SignInResult result) {
        session.use(new Session.Identity(result.endpoints(), result.username(), false), result.token());
        signIn.rememberIn(settings, result);
        main.estate().forgetEndpointState();
        access.forget();
        main.demoModeProperty().set(false);
        main.whoProperty().set(result.apiKey() && result.username().isBlank() ? "API key" : result.username());
        main.whereProperty().set(hostOf(result.endpoints()));
        main.estate().loadDefinitions();
        main.refresh();
    }

    private void useDemo() {
        session.use(new Session.Identity(demo.endpoints(), DemoBackend.DEMO_USER, true), demo.token());
        main.estate().forgetEndpointState();
        access.forget();
        main.demoModeProperty().set(true);
        main.whoProperty().set(DemoBackend.DEMO_USER);
        main.whereProperty().set("Demo");
        main.start();
    }

    private void startDemoInBackground() {
        if (closed) {
            return;
        }
        if (demo != null) {
            useDemo();
            return;
        }
        runner.task("Starting the demo", () -> {
            DemoBackend backend = DemoBackend.start();
            starting.set(backend);          // so close() can stop it even if this never calls back
            return backend;
        }).onSuccess(backend -> {
            starting.set(null);
            if (closed) {
                backend.close();
                return;
            }
            demo = backend;
            useDemo();
        }).onFailure(e -> main.notify("The demo could not start: " + e.detail())).start();
    }

    private static String hostOf(Endpoints endpoints) {
        return endpoints.brain().getHost() + (endpoints.brain().getPort() > 0 ? ":" + endpoints.brain().getPort() : "");
    }
}
