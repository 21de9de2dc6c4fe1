package org.bigvdm.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.session.Identity;

/**
 * What every dialog that sends changes shares (the disc dialogs, the backup dialogs): fields
 * checked as typed, a reason it cannot send at all, OK only while all is ready, and each change
 * sent through the {@link ChangeService} at most once per click and never again by itself. Then
 * the answer: done gives the result; a lost answer or a 404 locks the dialog (only Close is left);
 * a refusal puts the service's words beside the fields they concern; a sign-in in the middle
 * sent nothing again, and the dialog says so.
 *
 * @param <R> what the dialog gives back once done
 */
public abstract class ChangeForm<R> implements DialogForm<R> {
    /** Shown once the user signed in again after this dialog's request met an expired session. */
    public static final String SIGNED_IN_AGAIN =
            "You are signed in again. Nothing was changed: check the input and send it again.";

    protected final FormState form = new FormState();
    private final ChangeService changes;
    private final List<Supplier<Boolean>> readyChecks = new ArrayList<>();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();

    protected ChangeForm(ChangeService changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
        for (Observable o : List.of(form.busyProperty(), form.fieldsValidProperty(), done, locked, blockedReason)) {
            o.addListener(x -> updateCanSubmit());
        }
    }

    /** Sets why nothing may be sent ("" for nothing). */
    protected final void block(Optional<String> reason) {
        blockedReason.set(reason.orElse(""));
        updateCanSubmit();
    }

    /** Registers a field: its local check reruns whenever one of {@code inputs} changes. */
    protected final FieldState field(String serverField, Supplier<Optional<String>> check, Observable... inputs) {
        FieldState f = form.field(serverField, check, inputs);
        updateCanSubmit();
        return f;
    }

    /** A condition beyond the fields' checks (e.g. "the label changed"), rechecked on {@code inputs}. */
    protected final void requireAlso(Supplier<Boolean> ready, Observable... inputs) {
        readyChecks.add(ready);
        for (Observable o : inputs) {
            o.addListener(x -> updateCanSubmit());
        }
        updateCanSubmit();
    }

    private void updateCanSubmit() {
        canSubmit.set(form.fieldsValidProperty().get() && readyChecks.stream().allMatch(Supplier::get)
                && !form.busyProperty().get() && !done.get() && !locked.get() && blockedReason.get().isEmpty());
    }

    /** The changes OK would send now, in order: what "Copy as command" copies. */
    protected abstract List<ChangeRequest<?>> requests();

    /** Reads the checked input now and sends (the first step of) it; false when nothing was sent. */
    protected abstract boolean sendNow();

    /** What a 404 means for this dialog, in words. */
    protected abstract String goneMessage();

    /** What a lost answer (timeout, reset, 5xx) to {@code failedStep} means for this dialog, in words. */
    protected abstract String lostAnswerMessage(String failedStep, UserError e);

    /** What comes before the service's messages that belong to no field of this dialog; "" for nothing. */
    protected String unplacedHeading(UserError e) {
        return "";
    }

    /**
     * Sends if the input is valid and nothing is in flight. Returns false (and sends nothing)
     * otherwise: a second Enter while busy, or once the dialog is locked or done.
     */
    @Override
    public final boolean submit() {
        if (!canSubmit.get()) {
            return false;
        }
        form.clearMessages();
        return sendNow();
    }

    /**
     * Sends one step once; {@code then} gets the answer when done. A failure's message starts
     * with {@code failedStep} ("" for a one-step dialog, whose refusals go beside their fields).
     */
    protected final <T> boolean step(ChangeRequest<T> request, String failedStep, Consumer<T> then) {
        return step(request, failedStep, then, settled -> { });
    }

    /** As {@link #step(ChangeRequest, String, Consumer)}; {@code settled} hears it once the server was read again. */
    protected final <T> boolean step(ChangeRequest<T> request, String failedStep, Consumer<T> then,
                                     Consumer<? super FinishedChange> settled) {
        return form.run(changes.prepare(request, outcome -> answered(outcome, failedStep, then), this::signedInAgain,
                settled));
    }

    /** The dialog is done with this answer, and closes. */
    protected final void finish(R answer) {
        result.set(answer);
        done.set(true);
    }

    protected final boolean isDone() {
        return done.get();
    }

    /** After a lost answer the server as read again shows nothing happened: OK may send again. */
    protected final void unlock() {
        locked.set(false);
    }

    private <T> void answered(ChangeOutcome<T> outcome, String failedStep, Consumer<T> then) {
        UserError e = outcome.error();
        switch (outcome.status()) {
            case DONE -> then.accept(outcome.answer());
            case UNKNOWN -> {
                // never re-sent: the change service reads the server again
                locked.set(true);
                form.showGeneral(lostAnswerMessage(failedStep, e));
            }
            case GONE -> {
                // changed elsewhere since it was read: this dialog's picture is stale
                locked.set(true);
                form.showGeneral(failedStep + goneMessage());
            }
            case CANCELLED -> { }
            default -> showRefusal(e, failedStep);
        }
    }

    private void showRefusal(UserError e, String failedStep) {
        List<String> unplaced = new ArrayList<>();
        e.fieldErrors().forEach((name, messages) -> {
            Optional<FieldState> f = form.find(name);
            if (f.isPresent() && failedStep.isEmpty()) {
                f.get().show(sentence(name, messages));
            } else {
                unplaced.add(name.equals(UserError.GENERAL_FIELD) ? String.join("; ", messages)
                        : sentence(name, messages));
            }
        });
        if (e.fieldErrors().isEmpty()) {
            form.showGeneral(failedStep + e.oneLine());
        } else if (!unplaced.isEmpty() || !failedStep.isEmpty()) {
            form.showGeneral((failedStep.isEmpty() ? unplacedHeading(e) : failedStep) + String.join("; ", unplaced));
        }
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

    /** {"storage_grade": ["is not valid"]} reads "Storage grade is not valid". */
    public static String sentence(String field, List<String> messages) {
        String name = field.replace('_', ' ');
        String capital = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return messages.stream().map(m -> capital + " " + m).collect(Collectors.joining("; "));
    }

    /** What OK would send now, as the bytemark command and the curl request; empty until the input is valid. */
    @Override
    public final Optional<String> commandToCopy() {
        Identity who = changes.identity();
        if (!canSubmit.get() || who == null) {
            return Optional.empty();
        }
        return ChangeCommands.text(requests().stream().<Change>map(ChangeRequest::change).toList(),
                who.endpoints().brain());
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

    /** True after a lost answer or a 404: the dialog no longer sends; only Close is left. */
    @Override
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
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

    /** Why this dialog cannot do anything (deleted server, read-only, full), or "". */
    @Override
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    /** The service's answer once done, else null. */
    @Override
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
