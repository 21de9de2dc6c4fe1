package org.bigvdm.ui.dialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;

/**
 * What every disc dialog shares: fields with their messages, a busy flag, one general error,
 * {@code canSubmit}, a request sent at most once per click and never by itself, and callbacks
 * for the owner (success with the server's answer; outcome unknown so it reads the server again).
 *
 * @param <R> what a successful request gives the owner
 */
public abstract class DiscDialogViewModel<R> {
    /** Shown after a timeout, reset or 5xx: the write may or may not have happened. */
    public static final String GONE =
            "This disc or server is no longer there: it was changed elsewhere. The list was read again.";

    public static final String OUTCOME_UNKNOWN =
            "The result is unknown; the list was read again — check before trying again.";

    /** Shown once the user signed in again after this dialog's request met an expired session. */
    public static final String SIGNED_IN_AGAIN =
            "You are signed in again. Nothing was changed: check the input and send it again.";

    protected final BrainApi api;
    protected final ServerContext server;
    private final TaskRunner runner;
    private final String title;
    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final List<Supplier<Boolean>> readyChecks = new ArrayList<>();

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outcomeUnknown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();

    private Consumer<? super R> onSuccess = r -> { };
    private Runnable onOutcomeUnknown = () -> { };
    private Consumer<? super Throwable> onFailure = e -> { };

    protected DiscDialogViewModel(BrainApi api, TaskRunner runner, ServerContext server, String title) {
        this.api = Objects.requireNonNull(api, "api");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.server = Objects.requireNonNull(server, "server");
        this.title = title;
        blockedReason.set(whyBlocked().orElse(""));
        for (Observable o : List.of(busy, done, outcomeUnknown, blockedReason)) {
            o.addListener(x -> updateCanSubmit());
        }
    }

    /** The blocking call, run off the FX thread. */
    /**
     * Reads the checked input now, on the FX thread, and returns the call that sends exactly
     * that. Reading the fields later, on the worker, could send edits made after OK unchecked.
     */
    protected abstract Callable<R> request();

    /** Why this dialog may not send anything at all, or empty. */
    protected Optional<String> whyBlocked() {
        return server.whyDiscsCannotChange();
    }

    /** Registers a field: its local check reruns whenever one of {@code inputs} changes. */
    protected final FieldState field(String serverField, Supplier<Optional<String>> check, Observable... inputs) {
        FieldState f = new FieldState(serverField, check, inputs);
        fields.put(serverField, f);
        f.validProperty().addListener(o -> updateCanSubmit());
        updateCanSubmit();
        return f;
    }

    /** A condition beyond field validity (e.g. "the label changed"); rechecked on {@code inputs}. */
    protected final void requireAlso(Supplier<Boolean> ready, Observable... inputs) {
        readyChecks.add(ready);
        for (Observable o : inputs) {
            o.addListener(x -> updateCanSubmit());
        }
        updateCanSubmit();
    }

    private void updateCanSubmit() {
        boolean fieldsValid = fields.values().stream().allMatch(f -> f.validProperty().get());
        boolean ready = readyChecks.stream().allMatch(Supplier::get);
        canSubmit.set(fieldsValid && ready && !busy.get() && !done.get() && !outcomeUnknown.get()
                && blockedReason.get().isEmpty());
    }

    /**
     * Sends the request if the input is valid and nothing is in flight. Returns false (and sends
     * nothing) otherwise: a second Enter while busy, or after the outcome became unknown.
     */
    public final boolean submit() {
        if (!canSubmit.get()) {
            return false;
        }
        busy.set(true);
        generalError.set("");
        fields.values().forEach(FieldState::clearServerMessage);
        Callable<R> call = request();
        runner.submit(title, progress -> call.call(), this::succeeded, this::failed);
        return true;
    }

    private void succeeded(R answer) {
        result.set(answer);
        // not busy before done: a view closing itself on "done" must not be refused as busy
        busy.set(false);
        done.set(true);
        onSuccess.accept(answer);
    }

    private void failed(Throwable error) {
        UserError e = UserError.of(error);
        busy.set(false);
        if (e.outcomeUnknown()) {
            // never re-send: lock the dialog and let the owner read the server again
            outcomeUnknown.set(true);
            generalError.set(e.oneLine() + "\n" + OUTCOME_UNKNOWN);
            onOutcomeUnknown.run();
        } else if (error instanceof NotFoundException) {
            // changed elsewhere since the list was read: this dialog's view is stale; read again
            outcomeUnknown.set(true);
            generalError.set(GONE);
            onOutcomeUnknown.run();
        } else if (!e.fieldErrors().isEmpty()) {
            showFieldErrors(e);
        } else {
            generalError.set(e.oneLine());
        }
        // last, so an owner that opens another window (sign in again) finds this one up to date
        onFailure.accept(error);
    }

    /**
     * The owner signed the user in again after this dialog's request got 401. Nothing is sent
     * by itself: the dialog says so and the user decides whether to send it again.
     */
    public void signedInAgain() {
        if (!busy.get() && !done.get()) {
            generalError.set(SIGNED_IN_AGAIN);
        }
    }

    private void showFieldErrors(UserError e) {
        List<String> unplaced = new ArrayList<>();
        e.fieldErrors().forEach((name, messages) -> {
            FieldState f = fields.get(name);
            if (f != null) {
                f.showServerMessage(sentence(name, messages));
            } else {
                unplaced.add(name.equals(BadRequestException.GENERAL)
                        ? String.join("; ", messages) : sentence(name, messages));
            }
        });
        if (!unplaced.isEmpty()) {
            generalError.set(e.headline() + ": " + String.join("; ", unplaced));
        }
    }

    /** {"storage_grade": ["is not valid"]} reads "Storage grade is not valid". */
    static String sentence(String field, List<String> messages) {
        String name = field.replace('_', ' ');
        String capital = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return messages.stream().map(m -> capital + " " + m).collect(Collectors.joining("; "));
    }

    /** "Label looks like a device name": a DiscRules fragment as a sentence. */
    protected static Optional<String> labelSentence(Optional<String> fragment) {
        return fragment.map(m -> "Label " + m);
    }

    // --- what the view binds to ---

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** True after a timeout, reset or 5xx: the dialog no longer sends; the owner re-reads. */
    public ReadOnlyBooleanProperty outcomeUnknownProperty() {
        return outcomeUnknown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    /** The error that belongs to no field, in the server's words where it gave some. */
    public ReadOnlyStringProperty generalErrorProperty() {
        return generalError.getReadOnlyProperty();
    }

    /** Why this dialog cannot do anything on this server (deleted, read-only, full), or "". */
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    /** The server's answer after success, else null. */
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ServerContext server() {
        return server;
    }

    /** Called once on success, on the UI thread, with the server's answer. */
    public void setOnSuccess(Consumer<? super R> onSuccess) {
        this.onSuccess = Objects.requireNonNull(onSuccess);
    }

    /** Told of every failure, after the dialog shows it: the owner learns of 401 and 403 here. */
    public void setOnFailure(Consumer<? super Throwable> onFailure) {
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** Called after a timeout, reset or 5xx so the owner reads the server again. */
    public void setOnOutcomeUnknown(Runnable onOutcomeUnknown) {
        this.onOutcomeUnknown = Objects.requireNonNull(onOutcomeUnknown);
    }

    /**
     * How requests name an existing disc: by id, which cannot be mistaken for another disc
     * even if someone relabelled it since the list was read.
     */
    protected static String address(Disc disc) {
        return String.valueOf(disc.id());
    }
}
