package org.bigvdm.app;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.ui.main.AccountActions;
import org.bigvdm.ui.main.Notifications;
import org.bigvdm.ui.signin.SignInDialogs;
import org.bigvdm.ui.signin.SignInViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which account the app shows: the demo, a saved session, the bytemark tool's session, or a
 * fresh sign-in; and what "sign-in needed" means (renew the demo quietly, or ask the user and
 * then repeat what was interrupted, never a write). After each switch it reads everything.
 */
final class AccountController implements AccountActions {
    private static final Logger LOG = LoggerFactory.getLogger(AccountController.class);
    /** A demo session lasts 30 minutes; one refused again this soon after renewal is broken. */
    private static final Duration DEMO_RENEW_SPACING = Duration.ofSeconds(10);

    private final SessionService session;
    private final EstateService estate;
    private final SignInDialogs dialogs;
    private final Notifications notes;
    private final TaskRunner runner;
    private final SignInViewModel signIn;
    private final AtomicReference<DemoBackend> starting = new AtomicReference<>();
    private DemoBackend demo;
    private boolean dialogOpen;
    private long lastDemoRenew;
    private boolean closed;

    /** @param demo the demo backend already started, or null */
    AccountController(SessionService session, EstateService estate, SignInDialogs dialogs, Notifications notes,
                      TaskRunner runner, DemoBackend demo) {
        this.session = Objects.requireNonNull(session);
        this.estate = Objects.requireNonNull(estate);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.notes = Objects.requireNonNull(notes);
        this.runner = Objects.requireNonNull(runner);
        this.demo = demo;
        this.signIn = new SignInViewModel(session);
        session.subscribeSignInNeeded(this::sessionExpired);
    }

    /**
     * At start: the demo when it was started for this; else the saved session (or the dialog);
     * else, for users of the official tool, its saved session if the service still knows it;
     * else the demo.
     */
    void startUp() {
        if (demo != null) {
            showDemo();
        } else if (session.hasOwnAccount()) {
            signIn.resumeSavedSession(this::readEverything, () -> Platform.runLater(() -> showSignIn(r -> { })));
        } else {
            session.resumeToolSession()
                    .onSuccess(found -> found.ifPresentOrElse(r -> readEverything(), this::startDemoInBackground))
                    .onFailure(e -> {
                        LOG.info("The bytemark tool's saved session could not be checked: {}", e.oneLine());
                        startDemoInBackground();
                    })
                    .start();
        }
    }

    /**
     * At start, when the demo backend is still starting (beside the window's first frame): the
     * demo once it is up; when it turns out not to be wanted (null), as {@link #startUp()}.
     * Call on the FX thread. When the backend is already up it is taken at once, so the first
     * reads are under way while the FX thread goes on (building the window).
     */
    void startUp(CompletableFuture<DemoBackend> pending) {
        if (pending.isDone()) {
            DemoBackend backend = null;
            Throwable error = null;
            try {
                backend = pending.join();
            } catch (CompletionException | CancellationException e) {
                error = e;
            }
            takeDemo(backend, error);
            return;
        }
        pending.whenComplete((backend, error) -> Platform.runLater(() -> takeDemo(backend, error)));
    }

    private void takeDemo(DemoBackend backend, Throwable error) {
        if (error != null) {
            LOG.warn("The demo could not start", error);
            notes.notify("The demo could not start: " + rootMessage(error));
        } else if (closed && backend != null) {
            backend.close();
        } else if (backend == null) {
            startUp();
        } else if (!closed) {
            demo = backend;
            showDemo();
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }

    @Override
    public void signIn() {
        showSignIn(r -> { });
    }

    @Override
    public void signOut() {
        session.signOut();
        startDemoInBackground();
    }

    @Override
    public void tryDemo() {
        startDemoInBackground();
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

    /** Shows the sign-in dialog; on success reads the new account's estate, then runs {@code then}. */
    private void showSignIn(Consumer<SignInResult> then) {
        if (dialogOpen || closed) {
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
            signIn.prefill();
            result = dialogs.showSignIn(signIn);
        } finally {
            dialogOpen = false;
        }
        if (closed) {
            return; // the app is shutting down: the dialog closed with the window
        }
        if (result.isPresent()) {
            readEverything();
            then.accept(result.get());
        } else if (session.identity() == null) {
            // cancelled with nothing to show: the demo is better than an empty window
            startDemoInBackground();
        }
    }

    /**
     * A request got 401. In the demo the session simply timed out: sign in to the simulator
     * again without asking. With a real account, ask the user (later, not inside the failed
     * request's callback, so a dialog can first show why); then run {@code after}, which
     * repeats an interrupted read or lets a disc dialog say that nothing was changed.
     */
    private void sessionExpired(Runnable after) {
        Identity who = session.identity();
        if (who != null && who.demo() && demo != null) {
            long now = System.nanoTime();
            if (lastDemoRenew != 0 && now - lastDemoRenew < DEMO_RENEW_SPACING.toNanos()) {
                // a session just renewed is refused again: say so rather than renew for ever
                notes.notify("The demo keeps refusing its session; restart the app to reset it.");
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
            }).onFailure(e -> notes.notify("The demo could not reconnect: " + e.detail())).start();
            return;
        }
        Platform.runLater(() -> showSignIn(r -> after.run()));
    }

    /** Another account: what belonged to the old one goes, and everything is read again. */
    private void readEverything() {
        estate.forgetEndpointState();
        estate.loadDefinitions();
        estate.refreshAll();
    }

    private void showDemo() {
        session.use(Identity.demo(demo.endpoints(), DemoBackend.DEMO_USER), demo.token());
        readEverything();
    }

    private void startDemoInBackground() {
        if (closed) {
            return;
        }
        if (demo != null) {
            showDemo();
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
            showDemo();
        }).onFailure(e -> notes.notify("The demo could not start: " + e.detail())).start();
    }
}
