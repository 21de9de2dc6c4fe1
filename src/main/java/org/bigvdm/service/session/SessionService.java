package org.bigvdm.service.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.BackgroundTask;
import org.bigvdm.service.BrainAccess;
import org.bigvdm.service.Signal;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who the app is signed in as, and everything that goes with signing in: the token store, the
 * settings that remember the last service and username, what the {@code bytemark} tool saved,
 * and the "sign-in needed" signal that every 401 ends in. Its state changes on the UI thread.
 *
 * <p>Each way of signing in is a task for the caller to start; when it succeeds the session
 * already uses the new identity (and has saved the token and the choice) before the caller's
 * own handlers run. Rights learnt under the old identity are forgotten.
 */
public final class SessionService implements BrainAccess {
    private static final Logger LOG = LoggerFactory.getLogger(SessionService.class);

    private final Session session;
    private final SignIns signIns;
    private final SignInSettings settings;
    private final BytemarkTool tool;
    private final AccessRights access;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Identity> identity = new ReadOnlyObjectWrapper<>();
    private final Signal<Runnable> signInNeeded = new Signal<>();
    private final Signal<SessionEvent> events = new Signal<>();
    private final StringBinding who;
    private final StringBinding where;
    private final BooleanBinding demo;
    private final BooleanBinding onToolSession;

    public SessionService(Session session, ApiClients clients, TokenStore tokens, Settings settings,
                          BytemarkConfig tool, AccessRights access, TaskRunner runner) {
        this.session = Objects.requireNonNull(session, "session");
        this.signIns = new SignIns(Objects.requireNonNull(clients, "clients"),
                Objects.requireNonNull(tokens, "tokens"));
        this.settings = new SignInSettings(Objects.requireNonNull(settings, "settings"));
        this.tool = new BytemarkTool(Objects.requireNonNull(tool, "tool"));
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
        who = Bindings.createStringBinding(() -> whoText(identity.get()), identity);
        where = Bindings.createStringBinding(() -> whereText(identity.get()), identity);
        demo = Bindings.createBooleanBinding(() -> identity.get() != null && identity.get().demo(), identity);
        onToolSession = Bindings.createBooleanBinding(() -> identity.get() != null
                && identity.get().origin() == Identity.Origin.BYTEMARK_TOOL, identity);
    }

    /** True once the user has signed in with this app: a start then resumes that account. */
    public static boolean hasOwnAccount(Settings settings) {
        return new SignInSettings(settings).hasOwnAccount();
    }

    /** True once the user has signed in with this app (see {@link #hasOwnAccount(Settings)}). */
    public boolean hasOwnAccount() {
        return settings.hasOwnAccount();
    }

    // --- who and where ---

    public ReadOnlyObjectProperty<Identity> identityProperty() {
        return identity.getReadOnlyProperty();
    }

    /** Null until the first session starts. */
    public Identity identity() {
        return identity.get();
    }

    /** "demo", the username, or "API key" for a key without one. */
    public ObservableStringValue whoProperty() {
        return who;
    }

    /** "Demo", or the API endpoint's host (and port). */
    public ObservableStringValue whereProperty() {
        return where;
    }

    public ObservableBooleanValue demoProperty() {
        return demo;
    }

    /** True while the app uses the session the bytemark tool saved. */
    public ObservableBooleanValue bytemarkToolSessionProperty() {
        return onToolSession;
    }

    /** Signed in to a real service (not the demo): there is something to sign out of. */
    public boolean signedInToRealAccount() {
        Identity now = identity.get();
        return now != null && !now.demo();
    }

    // --- for the services ---

    @Override
    public BrainApi api() {
        return session.api();
    }

    /** A request met 401: tells the subscribers (the app asks the user, or renews the demo). */
    @Override
    public void signInNeeded(Runnable after) {
        signInNeeded.emit(after);
    }

    /** Hears each "sign-in needed", with what to run once signed in again. */
    public void subscribeSignInNeeded(Consumer<Runnable> subscriber) {
        signInNeeded.subscribe(subscriber);
    }

    /** Hears each sign-in, sign-out and refused sign-in (for the activity journal). UI thread. */
    public void subscribeSessionEvents(Consumer<? super SessionEvent> subscriber) {
        events.subscribe(subscriber);
    }

    // --- switching ---

    /**
     * Starts using this identity and token (the demo, a renewed demo session). Rights learnt
     * under another identity are forgotten.
     */
    public void use(Identity who, String token) {
        if (!who.equals(identity.get())) {
            access.forget();
        }
        session.use(who, token);
        identity.set(who);
    }

    /**
     * At each sign-in, reads what the user may change ({@code GET /users/{u}/privileges}) so that
     * actions are off, with their reason, before anything fails (the demo may change everything). Without an answer (an API key with no username,
     * an old service) the app goes on as before: a 403 then tells.
     */
    private void readPrivileges(Identity who) {
        if (who.username() == null || who.username().isBlank()) {
            return;
        }
        runner.task("Reading your permissions", () -> {
            try {
                return session.api().privileges(who.username());
            } catch (UnsupportedOperationException cannot) {   // a BrainApi without the call
                return List.<Privilege>of();
            }
        })
                .onSuccess(privileges -> {
                    if (who.equals(identity.get())) {
                        access.usePrivileges(privileges);
                    }
                })
                .onFailure(e -> LOG.info("Could not read the privileges of {}: {}", who.username(), e.oneLine()))
                .start();
    }

    /** Forgets the saved token (off the UI thread) and stops sending it; the next start opens the demo. */
    public void signOut() {
        Identity who = identity.get();
        if (who == null || who.demo()) {
            return;
        }
        runner.task("Signing out", () -> {
            signIns.forget(who);
            return null;
        }).onFailure(e -> LOG.warn("Could not forget the saved token: {}", e.oneLine())).start();
        session.forgetToken();
        settings.forgetAccount();
        events.emit(new SessionEvent(SessionEvent.Kind.SIGNED_OUT, who.username(), who.endpoints()));
    }

    // --- signing in: tasks to start ---

    /** Asks the auth service for a session; the password is wiped once it has answered. */
    public BackgroundTask<SignInResult> signInWithPassword(Endpoints endpoints, Credentials credentials) {
        return runner.task("Signing in", () -> signIns.withPassword(endpoints, credentials))
                .onSuccess(r -> signedIn(r, Identity.Origin.SIGN_IN))
                .onFailure(e -> failed(e, credentials.username(), endpoints));
    }

    /** Accepts an API key once one brain request accepts it. */
    public BackgroundTask<SignInResult> signInWithApiKey(Endpoints endpoints, String key, String user) {
        return runner.task("Checking the API key", () -> signIns.withApiKey(endpoints, key, user))
                .onSuccess(r -> signedIn(r, Identity.Origin.SIGN_IN))
                .onFailure(e -> failed(e, user, endpoints));
    }

    /**
     * Signs in with the token the bytemark tool saved, once the service confirms it; from then
     * on it is this app's saved session. Only when {@link #toolChoice()} has a token and no
     * endpoint problem.
     */
    public BackgroundTask<SignInResult> signInWithToolToken() {
        String token = tool.token().orElseThrow(() -> new IllegalStateException("the bytemark tool saved no token"));
        Endpoints endpoints = tool.endpoints();
        return runner.task("Checking the bytemark tool's token", () -> signIns.withToolToken(endpoints, token,
                        tool.user()))
                .onSuccess(r -> signedIn(r, Identity.Origin.SIGN_IN))
                .onFailure(e -> failed(e, tool.user(), endpoints));
    }

    /**
     * Uses the token saved for these endpoints and user if the service still knows it (empty
     * when there is none, or it was refused and so forgotten).
     */
    public BackgroundTask<Optional<SignInResult>> resumeSavedSession(Endpoints endpoints, String user) {
        return runner.task("Resuming the last session", () -> signIns.resume(endpoints, user))
                .onSuccess(found -> found.ifPresent(r -> signedIn(r, Identity.Origin.SIGN_IN)));
    }

    /**
     * At a first start: uses the session the bytemark tool saved if the service confirms it.
     * Nothing is saved, so the app keeps following the tool until the user signs in here.
     * Empty when the tool has no usable token or the service refused it.
     */
    public BackgroundTask<Optional<SignInResult>> resumeToolSession() {
        ToolChoice choice = tool.choice();
        Optional<String> token = tool.token();
        return runner.task("Checking the bytemark tool's saved session", () -> token.isPresent()
                        && choice.endpoints() != null
                        ? signIns.checkToolToken(choice.endpoints(), token.get(), tool.user())
                        : Optional.<SignInResult>empty())
                .onSuccess(found -> found.ifPresent(r -> signedIn(r, Identity.Origin.BYTEMARK_TOOL)));
    }

    // --- what the sign-in dialog offers ---

    /** The service and username the user chose last time. */
    public SavedChoice savedChoice() {
        return settings.saved();
    }

    /** What the bytemark tool offers: its user name, its service, its token. */
    public ToolChoice toolChoice() {
        return tool.choice();
    }

    private void signedIn(SignInResult result, Identity.Origin origin) {
        access.forget(); // even as the same user: the new session may bring other rights
        Identity who = new Identity(result.endpoints(), result.username(), result.apiKey(), origin);
        use(who, result.token());
        readPrivileges(who);
        if (origin == Identity.Origin.SIGN_IN) {
            settings.remember(result);
        }
        events.emit(new SessionEvent(SessionEvent.Kind.SIGNED_IN, result.username(), result.endpoints()));
        LOG.info("Signed in as {} at {}{}", result.username(), result.endpoints().brain(),
                result.apiKey() ? " with an API key" : "");
    }

    /** A refused sign-in: the user name only, whatever else was typed. */
    private void failed(UserError error, String username, Endpoints endpoints) {
        if (error.kind() != UserError.Kind.CODE_NEEDED) {
            events.emit(new SessionEvent(SessionEvent.Kind.SIGN_IN_FAILED, username, endpoints));
        }
    }

    private static String whoText(Identity who) {
        if (who == null) {
            return "";
        }
        return who.apiKey() && who.username().isBlank() ? "API key" : who.username();
    }

    private static String whereText(Identity who) {
        if (who == null) {
            return "";
        }
        if (who.demo()) {
            return "Demo";
        }
        Endpoints e = who.endpoints();
        return e.brain().getHost() + (e.brain().getPort() > 0 ? ":" + e.brain().getPort() : "");
    }
}
