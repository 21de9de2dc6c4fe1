package org.bigvdm.ui.signin;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.service.Job;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;
import org.bigvdm.service.Work;
import org.bigvdm.settings.SecretMasker;
import org.bigvdm.settings.TokenStore;
import org.bigvdm.settings.TokenStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests behind a sign-in, run off the FX thread through the {@link TaskRunner}, one at a
 * time: {@link #busyProperty()} is true meanwhile and {@link #cancel()} drops the answer. A
 * confirmed token is saved in the {@link TokenStore}. What the dialog shows afterwards is the
 * ViewModel's business, so each call reports back through its callbacks (on the FX thread).
 */
final class SignInFlow {
    private static final Logger LOG = LoggerFactory.getLogger(SignInFlow.class);

    private final Function<Endpoints, AuthApi> authFactory;
    private final TaskRunner tasks;
    private final TokenStore tokens;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ApiKeyCheck apiKeyCheck;
    private Job running;

    SignInFlow(Function<Endpoints, AuthApi> authFactory, TaskRunner tasks, TokenStore tokens) {
        this.authFactory = Objects.requireNonNull(authFactory, "authFactory");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    /** Without a check an API key is accepted as typed. */
    void setApiKeyCheck(ApiKeyCheck check) {
        this.apiKeyCheck = check;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }

    /** Asks the auth service for a session; the password is wiped once it has answered. */
    void signInWithPassword(Endpoints endpoints, Credentials credentials,
                            Consumer<SignInResult> onSuccess, Consumer<UserError> onFailure) {
        signIn("Signing in", () -> {
            try {
                String token = authFactory.apply(endpoints).createSession(credentials);
                remember(endpoints, credentials.username(), token);
                return new SignInResult(endpoints, credentials.username(), token, false);
            } finally {
                Arrays.fill(credentials.password(), '\0');
            }
        }, onSuccess, onFailure);
    }

    /** Accepts an API key once the {@link ApiKeyCheck} (as set now) has no objection. */
    void signInWithApiKey(Endpoints endpoints, String key, String user,
                          Consumer<SignInResult> onSuccess, Consumer<UserError> onFailure) {
        ApiKeyCheck check = apiKeyCheck;
        signIn("Checking the API key", () -> {
            if (check != null) {
                check.verify(endpoints, key);
            }
            remember(endpoints, user, key);
            return new SignInResult(endpoints, user, key, true);
        }, onSuccess, onFailure);
    }

    /** Accepts the bytemark tool's session token once the service still knows it. */
    void signInWithBytemarkToken(Endpoints endpoints, String token, String toolUser,
                                 Consumer<SignInResult> onSuccess, Consumer<UserError> onFailure) {
        signIn("Checking the bytemark tool's token", () -> {
            SessionInfo session = authFactory.apply(endpoints).readSession(token);
            String user = session.username() == null ? toolUser : session.username();
            remember(endpoints, user, token);
            return new SignInResult(endpoints, user, token, false);
        }, onSuccess, onFailure);
    }

    /**
     * Uses the token saved for {@code user} if the service still knows it; empty when there is
     * none. A token the service no longer knows is forgotten; a network failure keeps it and
     * goes to {@code onFailure}.
     */
    void resume(Endpoints endpoints, String user,
                Consumer<Optional<SignInResult>> onDone, Consumer<UserError> onFailure) {
        ApiKeyCheck check = apiKeyCheck;
        submit("Resuming the last session", () -> {
            Optional<String> saved = tokens.load(endpoints, user);
            if (saved.isEmpty()) {
                return Optional.<SignInResult>empty();
            }
            String token = saved.get();
            boolean isKey = SignInInputCheck.isApiKey(token);
            try {
                if (isKey && check != null) {
                    check.verify(endpoints, token);
                } else if (!isKey) {
                    authFactory.apply(endpoints).readSession(token);
                }
            } catch (NotFoundException | UnauthorizedException | ForbiddenException gone) {
                tokens.forget(endpoints, user);
                return Optional.<SignInResult>empty();
            }
            return Optional.of(new SignInResult(endpoints, user, token, isKey));
        }, onDone, onFailure);
    }

    /** Stops waiting for a running request; its answer is dropped. */
    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Work that yields a sign-in, run off the FX thread. */
    private interface SignInWork {
        SignInResult run() throws Exception;
    }

    /** A user-started sign-in: a failure is logged by its kind only (never its words, which may echo input). */
    private void signIn(String title, SignInWork work, Consumer<SignInResult> onSuccess,
                        Consumer<UserError> onFailure) {
        submit(title, work::run, onSuccess, e -> {
            LOG.info("{} failed: {}", title, e.kind());
            onFailure.accept(e);
        });
    }

    private <T> void submit(String title, Work<T> work, Consumer<T> onSuccess, Consumer<UserError> onFailure) {
        busy.set(true);
        Job job = tasks.task(title, work)
                .onFinished(() -> {
                    running = null;
                    busy.set(false);
                })
                .onSuccess(onSuccess)
                // a last guard: an answer may echo what was sent
                .onFailure(e -> onFailure.accept(e.withDetail(SecretMasker.mask(e.detail()))))
                .start();
        // an immediate runner has already finished by now
        running = job.isDone() ? null : job;
    }

    /** Off the FX thread. A token that cannot be stored only means signing in again next time. */
    private void remember(Endpoints endpoints, String user, String token) {
        try {
            tokens.save(endpoints, user, token);
        } catch (TokenStoreException e) {
            LOG.warn("{}; you will be asked to sign in again next time", e.getMessage());
        }
    }
}
