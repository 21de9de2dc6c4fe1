package org.bigvdm.ui.backups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.dialogs.DiscDialogViewModel;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.form.DialogForm;
import org.bigvdm.ui.form.FieldState;
import org.bigvdm.ui.form.FormState;

/**
 * What the backup dialogs share: fields checked as typed, a reason the dialog cannot send at
 * all, and changes sent through the {@link ChangeService} one step at a time, each at most once
 * per click and never again by itself. A step that fails says which step it was; a 404 says what
 * is gone; a lost answer locks the dialog (the change service has read the server again).
 *
 * @param <R> what the dialog gives back once done
 */
public abstract class BackupFormViewModel<R> implements DialogForm<R> {
    /** After a timeout, reset or 5xx: never re-sent. */
    public static final String OUTCOME_UNKNOWN =
            "The result is unknown; the backups were read again — check the list before trying again.";
    /** After the user signed in again: nothing was re-sent. */
    public static final String SIGNED_IN_AGAIN =
            "You are signed in again. Nothing was changed: check the input and send it again.";

    protected final ServerContext server;
    protected final Disc disc;
    private final ChangeService changes;
    protected final FormState form = new FormState();
    private final List<Supplier<Boolean>> readyChecks = new ArrayList<>();
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper blockedReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> result = new ReadOnlyObjectWrapper<>();

    protected BackupFormViewModel(ChangeService changes, ServerContext server, Disc disc) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.server = Objects.requireNonNull(server, "server");
        this.disc = Objects.requireNonNull(disc, "disc");
        for (Observable o : List.of(form.busyProperty(), form.fieldsValidProperty(), locked, blockedReason, result)) {
            o.addListener(x -> updateCanSubmit());
        }
    }

    /** Sets why nothing may be sent ("" for nothing); subclasses call it once they are built. */
    protected final void block(Optional<String> reason) {
        blockedReason.set(reason.orElse(""));
        updateCanSubmit();
    }

    /** A field whose check reruns whenever one of {@code inputs} changes. */
    protected final FieldState field(String serverField, Supplier<Optional<String>> check, Observable... inputs) {
        FieldState f = form.field(serverField, check, inputs);
        updateCanSubmit();
        return f;
    }

    /** A condition beyond the fields' checks, rechecked on {@code inputs}. */
    protected final void requireAlso(Supplier<Boolean> ready, Observable... inputs) {
        readyChecks.add(ready);
        for (Observable o : inputs) {
            o.addListener(x -> updateCanSubmit());
        }
        updateCanSubmit();
    }

    private void updateCanSubmit() {
        canSubmit.set(form.fieldsValidProperty().get() && readyChecks.stream().allMatch(Supplier::get)
                && !form.busyProperty().get() && !locked.get() && blockedReason.get().isEmpty()
                && result.get() == null);
    }

    /** The changes {@link #send()} would send now, in order: what "Copy as command" copies. */
    protected abstract List<ChangeRequest<?>> requests();

    /** What OK would send, as the bytemark command and the curl request; empty until the input is valid. */
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

    /** Reads the checked input now and sends its first step. */
    protected abstract void send();

    /** What a 404 means for this dialog, in words. */
    protected abstract String goneMessage();

    @Override
    public final boolean submit() {
        if (!canSubmit.get()) {
            return false;
        }
        form.clearMessages();
        send();
        return true;
    }

    /**
     * Sends one step; {@code then} gets the answer on success. On failure the message starts
     * with {@code failedStep} ("" for a one-step dialog).
     */
    protected final <T> void step(ChangeRequest<T> request, String failedStep, Consumer<T> then) {
        form.run(changes.prepare(request, outcome -> answered(outcome, failedStep, then), this::signedInAgain));
    }

    /** The dialog is done with this result and closes. */
    protected final void finish(R answer) {
        result.set(answer);
    }

    private <T> void answered(ChangeOutcome<T> outcome, String failedStep, Consumer<T> then) {
        UserError e = outcome.error();
        switch (outcome.status()) {
            case DONE -> then.accept(outcome.answer());
            case UNKNOWN -> {
                locked.set(true);
                form.showGeneral(failedStep + e.oneLine() + "\n" + OUTCOME_UNKNOWN);
            }
            case GONE -> {
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
            form.showGeneral(failedStep + String.join("; ", unplaced));
        }
    }

    private void signedInAgain() {
        if (!form.busyProperty().get() && result.get() == null) {
            form.showGeneral(SIGNED_IN_AGAIN);
        }
    }

    /** {"virtual_machine": ["must be powered off"]} reads "Virtual machine must be powered off", as a disc dialog says it. */
    public static String sentence(String field, List<String> messages) {
        return DiscDialogViewModel.sentence(field, messages);
    }

    // --- what the view binds to ---

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return form.busyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<R> resultProperty() {
        return result.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty generalErrorProperty() {
        return form.generalErrorProperty();
    }

    /** True after a lost answer or a 404: only Close is left. */
    @Override
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty blockedReasonProperty() {
        return blockedReason.getReadOnlyProperty();
    }

    public Disc disc() {
        return disc;
    }

    public ServerContext server() {
        return server;
    }
}
