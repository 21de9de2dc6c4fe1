package org.bigvdm.ui.dialogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.session.Identity;
import org.bigvdm.ui.form.DialogForm;
import org.bigvdm.ui.form.FieldState;
import org.bigvdm.ui.form.FormState;

/**
 * What every disc dialog shares: fields with their messages, a busy flag, one general error,
 * {@code canSubmit}, and a change sent through the {@link ChangeService} at most once per click
 * and never by itself. The service reads the server again and learns from 401 and 403; this
 * only shows what happened.
 *
 * @param <R> what a successful change gives the owner
 */
public abstract class DiscDialogViewModel<R> implements DialogForm<R> {
    /** Shown after a 404: the dialog's picture of the server is stale. */
    public static final String GONE =
            "This disc or server is no longer there: it was changed elsewhere. The list was read again.";

    /** Shown after a timeout, reset or 5xx when the state read again cannot tell whether it happened. */
    public static final String OUTCOME_UNKNOWN =
            "Whether it happened is unknown. The list was read again: check it before you try again.";

    /** Shown while the server is read again after a lost answer. */
    public static final String READING_AGAIN = "Reading the server again to see what is true now…";

    /** Added when the state read again shows the change did not happen. */
    public static final String TRY_AGAIN = "Try again sends it once more.";

    /** Shown once the user signed in again after this dialog's request met an expired session. */
    public static final String SIGNED_IN_AGAIN =
            "You are signed in again. Nothing was changed: check the input and send it again.";

    protected final ServerContext server;
    private final ChangeService changes;
    private final FormState form = new FormState();
    private final List<Supplier<Boolean>> readyChecks = new ArrayList<>();

    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outcomeUnknown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper retry = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();

    protected DiscDialogViewModel(ChangeService changes, ServerContext server) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.server = Objects.requireNonNull(server, "server");
        blockedReason.set(whyBlocked().orElse(""));
        for (Observable o : List.of(form.busyProperty(), form.fieldsValidProperty(), done, outcomeUnknown,
                blockedReason)) {
            o.addListener(x -> updateCanSubmit());
        }
    }

    /**
     * Reads the checked input now, on the FX thread, and returns the change that sends exactly
     * that. Reading the fields later, on the worker, could send edits made after OK unchecked.
     */
    protected abstract ChangeRequest<R> request();

    /**
     * After a lost answer, what the server as read again says about the change: whether it
     * happened, in a sentence ("Nothing changed: the disc is still 5 GiB."). Empty when the
     * state cannot tell.
     */
    protected Optional<Truth> truthAfter(Optional<VirtualMachine> server) {
        return Optional.empty();
    }

    /** What is true after a lost answer: did the change happen, and a sentence that says so. */
    protected record Truth(boolean happened, String sentence) {
    }

    /** The disc with this id on the server as read again. */
    protected static Optional<Disc> discById(Optional<VirtualMachine> server, long id) {
        return server.flatMap(vm -> vm.discs().stream().filter(d -> d.id() == id).findFirst());
    }

    /** Why this dialog may not send anything at all, or empty. */
    protected Optional<String> whyBlocked() {
        return server.whyDiscsCannotChange();
    }

    /** Registers a field: its local check reruns whenever one of {@code inputs} changes. */
    protected final FieldState field(String serverField, Supplier<Optional<String>> check, Observable... inputs) {
        FieldState f = form.field(serverField, check, inputs);
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
        boolean ready = readyChecks.stream().allMatch(Supplier::get);
        canSubmit.set(form.fieldsValidProperty().get() && ready && !form.busyProperty().get() && !done.get()
                && !outcomeUnknown.get() && blockedReason.get().isEmpty());
    }

    /**
     * Sends the change if the input is valid and nothing is in flight. Returns false (and sends
     * nothing) otherwise: a second Enter while busy, or after the outcome became unknown.
     */
    @Override
    public final boolean submit() {
        if (!canSubmit.get()) {
            return false;
        }
        form.clearMessages();
        retry.set(false);
        return form.run(changes.prepare(request(), this::answered, this::signedInAgain, this::settled));
    }

    private void answered(ChangeOutcome<R> outcome) {
        UserError e = outcome.error();
        switch (outcome.status()) {
            case DONE -> {
                result.set(outcome.answer());
                done.set(true);
            }
            case UNKNOWN -> {
                // never re-send: the dialog only closes; the service reads the server again
                outcomeUnknown.set(true);
                form.showGeneral(sentence(e.oneLine()) + " " + READING_AGAIN);
            }
            case GONE -> {
                // changed elsewhere since the list was read: this dialog's view is stale
                outcomeUnknown.set(true);
                form.showGeneral(GONE);
            }
            case CANCELLED -> { }
            default -> {
                if (e.fieldErrors().isEmpty()) {
                    form.showGeneral(e.oneLine());
                } else {
                    showFieldErrors(e);
                }
            }
        }
    }

    /** The server was read again after the change: after a lost answer, say what is true now. */
    private void settled(FinishedChange finished) {
        if (finished.outcome().status() != ChangeOutcome.Status.UNKNOWN || done.get()) {
            return;
        }
        Optional<VirtualMachine> now = finished.reread().stream()
                .filter(vm -> vm.id() == server.target().serverId()).findFirst();
        Optional<Truth> truth = now.isEmpty() ? Optional.empty() : truthAfter(now);
        String lost = sentence(finished.outcome().error().oneLine());
        if (truth.isEmpty()) {
            form.showGeneral(lost + " " + OUTCOME_UNKNOWN);
        } else if (truth.get().happened()) {
            form.showGeneral(lost + " " + truth.get().sentence());
        } else {
            // nothing happened: the user may send it again, but only by pressing Try again
            outcomeUnknown.set(false);
            retry.set(true);
            form.showGeneral(lost + " " + truth.get().sentence() + " " + TRY_AGAIN);
        }
    }

    /** Ends the text with a full stop. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…") ? t : t + ".";
    }

    /**
     * The user signed in again after this dialog's request got 401. Nothing is sent by itself:
     * the dialog says so and the user decides whether to send it again.
     */
    private void signedInAgain() {
        if (!form.busyProperty().get() && !done.get()) {
            form.showGeneral(SIGNED_IN_AGAIN);
        }
    }

    private void showFieldErrors(UserError e) {
        List<String> unplaced = new ArrayList<>();
        e.fieldErrors().forEach((name, messages) -> {
            Optional<FieldState> f = form.find(name);
            if (f.isPresent()) {
                f.get().show(sentence(name, messages));
            } else {
                unplaced.add(name.equals(UserError.GENERAL_FIELD)
                        ? String.join("; ", messages) : sentence(name, messages));
            }
        });
        if (!unplaced.isEmpty()) {
            form.showGeneral(e.headline() + ": " + String.join("; ", unplaced));
        }
    }

    /** {"storage_grade": ["is not valid"]} reads "Storage grade is not valid". */
    public static String sentence(String field, List<String> messages) {
        String name = field.replace('_', ' ');
        String capital = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return messages.stream().map(m -> capital + " " + m).collect(Collectors.joining("; "));
    }

    /** "Label looks like a device name": a DiscRules fragment as a sentence. */
    protected static Optional<String> labelSentence(Optional<String> fragment) {
        return fragment.map(m -> "Label " + m);
    }

    /** What OK would send now, as the bytemark command and the curl request; empty until the input is valid. */
    @Override
    public final Optional<String> commandToCopy() {
        Identity who = changes.identity();
        if (!canSubmit.get() || who == null) {
            return Optional.empty();
        }
        return ChangeCommands.text(List.of(request().change()), who.endpoints().brain());
    }

    @Override
    public boolean offersCommand() {
        return true;
    }

    // --- what the view binds to ---

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** True after an unknown outcome or a 404: the dialog no longer sends; only Close is left. */
    public ReadOnlyBooleanProperty outcomeUnknownProperty() {
        return outcomeUnknown.getReadOnlyProperty();
    }

    /** After a lost answer that changed nothing: OK reads "Try again". */
    @Override
    public ReadOnlyBooleanProperty retryProperty() {
        return retry.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty lockedProperty() {
        return outcomeUnknownProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    /** The error that belongs to no field, in the server's words where it gave some. */
    @Override
    public ReadOnlyStringProperty generalErrorProperty() {
        return form.generalErrorProperty();
    }

    /** Why this dialog cannot do anything on this server (deleted, read-only, full), or "". */
    @Override
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    /** The server's answer after success, else null. */
    @Override
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ServerContext server() {
        return server;
    }
}
