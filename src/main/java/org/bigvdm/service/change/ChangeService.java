package org.bigvdm.service.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.BackgroundTask;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.Signal;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionService;

/**
 * Every change the app makes goes through here, and what a failure means is decided here once.
 * A change is sent once and never again by itself. Then, depending on how it ended
 * ({@link ChangeOutcome.Status}): the servers it touched are read again (after success, an
 * unknown outcome, a 404 or a 403), an account whose server answered 403 and still exists
 * becomes read-only, and a 401 asks the session for a sign-in. Each finished change is then
 * told to the subscribers, in one place, with what the re-read showed.
 */
public final class ChangeService {
    private final SessionService session;
    private final EstateService estate;
    private final AccessRights access;
    private final TaskRunner runner;
    private final Clock clock;
    private final Signal<FinishedChange> finished = new Signal<>();

    public ChangeService(SessionService session, EstateService estate, AccessRights access, TaskRunner runner,
                         Clock clock) {
        this.session = Objects.requireNonNull(session, "session");
        this.estate = Objects.requireNonNull(estate, "estate");
        this.access = Objects.requireNonNull(access, "access");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Hears of every change once it is over and what it touched was read again. UI thread. */
    public void subscribe(Consumer<? super FinishedChange> subscriber) {
        finished.subscribe(subscriber);
    }

    /**
     * The change, ready to start: the caller adds what it needs (say, a busy flag reset in
     * {@code onFinished}) and starts it. {@code onAnswer} hears how it ended before this service
     * acts on it, so a dialog shows why before, say, a sign-in window opens over it.
     *
     * @param afterSignIn runs when the user has signed in again after a 401; nothing is re-sent
     */
    public <R> BackgroundTask<?> prepare(ChangeRequest<R> request, Consumer<? super ChangeOutcome<R>> onAnswer,
                                         Runnable afterSignIn) {
        return prepare(request, onAnswer, afterSignIn, finishedChange -> { });
    }

    /**
     * As {@link #prepare(ChangeRequest, Consumer, Runnable)}; {@code onSettled} also hears this
     * change once what it touched was read again (a dialog then says what is true now).
     */
    public <R> BackgroundTask<?> prepare(ChangeRequest<R> request, Consumer<? super ChangeOutcome<R>> onAnswer,
                                         Runnable afterSignIn, Consumer<? super FinishedChange> onSettled) {
        Change change = request.change();
        BrainApi api = session.api();
        Sent sent = new Sent(session.identity(), clock.instant(), onSettled);
        Consumer<ChangeOutcome<R>> ended = outcome -> {
            onAnswer.accept(outcome);
            settle(outcome, sent, afterSignIn);
        };
        AtomicBoolean mayHaveSent = new AtomicBoolean();
        return runner.taskWithProgress(request.title(), progress -> {
                    // marked before the check: a cancel that sees it counts the change as possibly sent
                    mayHaveSent.set(true);
                    if (progress.isCancelled()) {
                        throw new CancellationException("cancelled before it was sent");
                    }
                    return request.call().send(api);
                })
                .onSuccess(answer -> ended.accept(ChangeOutcome.done(change, answer)))
                .onFailure(error -> ended.accept(ChangeOutcome.failed(change, error)))
                .onCancelled(() -> ended.accept(mayHaveSent.get()
                        ? ChangeOutcome.failed(change, STOPPED_WAITING) : ChangeOutcome.cancelled(change)));
    }

    /** The user stopped waiting once the request may have left: nobody knows whether it was made. */
    static final UserError STOPPED_WAITING = new UserError(UserError.Kind.NETWORK, "Stopped waiting for the answer",
            "The request may have reached the service; what it touched was read again.", Map.of(), true);

    /** Who the changes are sent as now (the endpoint a copied command should use), or null before any session. */
    public Identity identity() {
        return session.identity();
    }

    /** As whom and when a change was sent. */
    private record Sent(Identity who, Instant at, Consumer<? super FinishedChange> onSettled) {
    }

    private void settle(ChangeOutcome<?> outcome, Sent sent, Runnable afterSignIn) {
        if (outcome.status() == ChangeOutcome.Status.SIGN_IN_NEEDED) {
            session.signInNeeded(afterSignIn);
        }
        if (!outcome.needsReread()) {
            publish(outcome, sent, List.of());
            return;
        }
        List<ServerTarget> servers = outcome.change().servers();
        List<VirtualMachine> reread = new ArrayList<>();
        int[] pending = {servers.size()};
        for (ServerTarget server : servers) {
            estate.refreshServer(server.ref(), fresh -> {
                fresh.ifPresent(reread::add);
                if (outcome.status() == ChangeOutcome.Status.FORBIDDEN && server == outcome.change().server()) {
                    learnFrom403(server, fresh);
                }
                if (--pending[0] == 0) {
                    publish(outcome, sent, reread);
                }
            });
        }
    }

    /** A server deleted elsewhere also answers 403: only one still there makes its account read-only. */
    private void learnFrom403(ServerTarget server, Optional<VirtualMachine> fresh) {
        if (fresh.filter(vm -> !vm.deleted()).isPresent()) {
            access.markReadOnly(server.accountId());
        }
    }

    private void publish(ChangeOutcome<?> outcome, Sent sent, List<VirtualMachine> reread) {
        FinishedChange done = new FinishedChange(outcome, sent.who(), sent.at(), clock.instant(), reread);
        finished.emit(done);
        sent.onSettled().accept(done);
    }
}
