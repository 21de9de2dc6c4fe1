package org.bigvdm.ui.dialogs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.ui.form.ChangeForm;

/**
 * What every disc dialog shares beyond every change dialog's {@link ChangeForm}: one change to a
 * server's discs, and after a lost answer the server as read again says what is true now; if
 * nothing happened, OK offers "Try again" (which sends only when pressed). The service reads the
 * server again and learns from 401 and 403; this only shows what happened.
 *
 * @param <R> what a successful change gives the owner
 */
public abstract class DiscDialogViewModel<R> extends ChangeForm<R> {
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

    protected final ServerContext server;
    private final ReadOnlyBooleanWrapper retry = new ReadOnlyBooleanWrapper(false);

    protected DiscDialogViewModel(ChangeService changes, ServerContext server) {
        super(changes);
        this.server = Objects.requireNonNull(server, "server");
        block(whyBlocked());
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

    @Override
    protected final List<ChangeRequest<?>> requests() {
        return List.of(request());
    }

    @Override
    protected final boolean sendNow() {
        retry.set(false);
        return step(request(), "", this::finish, this::settled);
    }

    @Override
    protected final String goneMessage() {
        return GONE;
    }

    @Override
    protected final String lostAnswerMessage(String failedStep, UserError e) {
        return sentence(e.oneLine()) + " " + READING_AGAIN;
    }

    @Override
    protected final String unplacedHeading(UserError e) {
        return e.headline() + ": ";
    }

    /** The server was read again after the change: after a lost answer, say what is true now. */
    private void settled(FinishedChange finished) {
        if (finished.outcome().status() != ChangeOutcome.Status.UNKNOWN || isDone()) {
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
            unlock();
            retry.set(true);
            form.showGeneral(lost + " " + truth.get().sentence() + " " + TRY_AGAIN);
        }
    }

    /** Ends the text with a full stop. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…") ? t : t + ".";
    }

    /** "Label looks like a device name": a DiscRules fragment as a sentence. */
    protected static Optional<String> labelSentence(Optional<String> fragment) {
        return fragment.map(m -> "Label " + m);
    }

    // --- what the view binds to ---

    /** True after an unknown outcome or a 404: the dialog no longer sends; only Close is left. */
    public ReadOnlyBooleanProperty outcomeUnknownProperty() {
        return lockedProperty();
    }

    /** After a lost answer that changed nothing: OK reads "Try again". */
    @Override
    public ReadOnlyBooleanProperty retryProperty() {
        return retry.getReadOnlyProperty();
    }

    public ServerContext server() {
        return server;
    }
}
