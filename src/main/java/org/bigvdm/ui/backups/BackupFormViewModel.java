package org.bigvdm.ui.backups;

import java.util.Objects;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.form.ChangeForm;

/**
 * What the backup dialogs share beyond every change dialog's {@link ChangeForm}: a disc on a
 * server, changes sent one step at a time (a step that fails says which step it was), and a lost
 * answer that says the backups were read again (the change service has read them).
 *
 * @param <R> what the dialog gives back once done
 */
public abstract class BackupFormViewModel<R> extends ChangeForm<R> {
    /** After a timeout, reset or 5xx: never re-sent. */
    public static final String OUTCOME_UNKNOWN =
            "The result is unknown; the backups were read again — check the list before trying again.";

    protected final ServerContext server;
    protected final Disc disc;

    protected BackupFormViewModel(ChangeService changes, ServerContext server, Disc disc) {
        super(changes);
        this.server = Objects.requireNonNull(server, "server");
        this.disc = Objects.requireNonNull(disc, "disc");
    }

    /** Reads the checked input now and sends its first step. */
    protected abstract void send();

    @Override
    protected final boolean sendNow() {
        send();
        return true;
    }

    @Override
    protected final String lostAnswerMessage(String failedStep, UserError e) {
        return failedStep + e.oneLine() + "\n" + OUTCOME_UNKNOWN;
    }

    public Disc disc() {
        return disc;
    }

    public ServerContext server() {
        return server;
    }
}
