package org.bigvdm.ui.backups;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.form.FieldState;

/**
 * Restores a backup onto its disc, the most dangerous action in the app: says what is
 * overwritten (disc, the backup's time, size) and that a safety backup is taken first, and sends
 * only once the disc's label is typed exactly. Refused beforehand for the reasons the service
 * would refuse it ({@link BackupRules#restoreProblems}): a running server above all. A running
 * server may be shut down first from the dialog ({@link #shutDownFirst()}, the app's one
 * {@link ServerPower}: a clean shutdown whose wait shows and can be cancelled); once the server is
 * seen off the restore is possible, still only after the label is typed. Nothing is restored or
 * stopped by itself, and a time-out only says so (a hard stop stays the Power menu's).
 */
public final class RestoreViewModel extends BackupFormViewModel<Backup> {
    /** The confirmation field's message while what is typed is not the label. */
    public static final String WRONG_LABEL = "Type the disc's label exactly, as shown";

    private final Backup backup;
    private final ZoneId zone;
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ShutDown shutDown;
    private final ReadOnlyBooleanWrapper powerOn;
    private final ReadOnlyBooleanWrapper canShutDown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shutDownMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shuttingDown = new ReadOnlyBooleanWrapper(false);
    private ServerPower.Waiting waiting;

    /** Starts the clean shutdown of the dialog's server; {@code done} hears how it ended. */
    @FunctionalInterface
    public interface ShutDown {
        ServerPower.Waiting start(Consumer<ServerPower.Result> done);
    }

    public RestoreViewModel(ChangeService changes, ServerContext server, Disc disc, Backup backup, ZoneId zone) {
        this(changes, server, disc, backup, zone, null);
    }

    /** @param shutDown how to shut the server down first, or null where that is not offered */
    public RestoreViewModel(ChangeService changes, ServerContext server, Disc disc, Backup backup, ZoneId zone,
                            ShutDown shutDown) {
        super(changes, server, disc);
        this.backup = backup;
        this.zone = zone;
        this.shutDown = shutDown;
        this.powerOn = new ReadOnlyBooleanWrapper(server.powerOn());
        field("confirmation", () -> confirmed() ? Optional.empty() : Optional.of(WRONG_LABEL), confirmation);
        recheck();
    }

    private void recheck() {
        shuttingDown.set(waiting != null);
        block(server.whyDiscsCannotChange().or(this::whyNotNow));
        canShutDown.set(shutDown != null && powerOn.get() && waiting == null
                && server.whyDiscsCannotChange().isEmpty() && resultProperty().get() == null);
    }

    /**
     * Shuts the server down cleanly and waits until it is off (the wait shows in
     * {@link #shutDownMessageProperty()} and can be cancelled); once off, the restore may be sent.
     */
    public void shutDownFirst() {
        if (!canShutDown.get()) {
            return;
        }
        shutDownMessage.set("Shutting down " + server.serverName() + "…");
        boolean[] ended = {false};
        ServerPower.Waiting w = shutDown.start(r -> {
            ended[0] = true;
            shutDownEnded(r);
        });
        if (!ended[0]) {   // still waiting (a server already off, or a synchronous test, has ended by now)
            waiting = w;
            shutDownMessage.bind(w.messageProperty());
            recheck();
        }
    }

    /** Stops waiting; the server stays as it is and nothing is restored. */
    public void cancelShutDown() {
        if (waiting != null) {
            waiting.cancel();
        }
    }

    private void shutDownEnded(ServerPower.Result r) {
        shutDownMessage.unbind();
        waiting = null;
        switch (r.end()) {
            case OFF -> {
                powerOn.set(false);
                shutDownMessage.set("The server " + server.serverName() + " is off: type the label to restore.");
            }
            case CANCELLED -> shutDownMessage.set("Stopped waiting; the server " + server.serverName()
                    + " stays as it is and nothing was restored.");
            case TIMED_OUT -> shutDownMessage.set("The server " + server.serverName() + " is still on: it did not"
                    + " power off in time. Wait and try again, or stop it from the Server menu (a hard stop, like"
                    + " pulling the plug); nothing was restored.");
            default -> shutDownMessage.set("The server " + server.serverName() + " was not shut down: "
                    + (r.error() == null ? "no answer came." : r.error().oneLine()));
        }
        recheck();
    }

    /** True when the typed text is the disc's label, character for character. */
    public boolean confirmed() {
        return Objects.equals(confirmation.get(), disc.label());
    }

    /** The service's own refusals, in words, before anything is sent. */
    private Optional<String> whyNotNow() {
        Map<String, List<String>> problems = BackupRules.restoreProblems(powerOn.get(), backup, disc);
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (problems.containsKey("virtual_machine")) {
            why.add(serverOnText());
        }
        if (problems.containsKey("backup")) {
            why.add("The backup " + backup.label() + " " + BackupRules.BACKUP_IN_PROGRESS + ": wait until it is done.");
        }
        if (problems.containsKey("disc")) {
            why.add("The disc " + disc.label() + " " + BackupRules.ALREADY_RESTORING + ": wait until that is done.");
        }
        return Optional.of(String.join("\n", why));
    }

    /** Why a running server stops the restore. */
    public String serverOnText() {
        return "The server " + server.serverName() + " is on. A disc can only be restored while its server is off"
                + " (the service refuses otherwise): shut the server down first, then restore.";
    }

    @Override
    protected java.util.List<org.bigvdm.service.change.ChangeRequest<?>> requests() {
        return java.util.List.of(BackupChanges.restore(server.target(), disc, backup));
    }

    @Override
    protected void send() {
        step(BackupChanges.restore(server.target(), disc, backup), "", this::finish);
    }

    @Override
    protected String goneMessage() {
        return "The backup " + backup.label() + " or its disc is no longer there: it was deleted elsewhere."
                + " The backups were read again.";
    }

    /** What is overwritten, by what. */
    public String warning() {
        String taken = BackupTimes.takenAt(backup.label()).map(at -> "taken " + BackupWords.when(at, zone))
                .orElse("named " + backup.label());
        String size = backup.size() == null ? "" : ", " + SizeFormat.mib(backup.size());
        return "Everything on the disc " + disc.label() + " (" + SizeFormat.mib(disc.size()) + ") of the server "
                + server.serverName() + " is overwritten with the backup " + taken + size + ". Changes made to the"
                + " disc since then are lost.";
    }

    /** The safety backup note. */
    public String safetyNote() {
        return "A backup of the disc as it is now is taken first, so this restore can itself be undone.";
    }

    public String confirmationPrompt() {
        return "Type " + disc.label() + " to restore:";
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public Backup backup() {
        return backup;
    }

    /** True while "Shut down first" can be clicked: the server is on and no shutdown is going on. */
    public ReadOnlyBooleanProperty canShutDownProperty() {
        return canShutDown.getReadOnlyProperty();
    }

    /** True while a shutdown started here is being waited for (then "Stop waiting" shows). */
    public ReadOnlyBooleanProperty shuttingDownProperty() {
        return shuttingDown.getReadOnlyProperty();
    }

    /** The server's power as this dialog last saw it. */
    public ReadOnlyBooleanProperty powerOnProperty() {
        return powerOn.getReadOnlyProperty();
    }

    /** "waiting for db1 to power off, 12 s", then how the shutdown ended; "" before. */
    public ReadOnlyStringProperty shutDownMessageProperty() {
        return shutDownMessage.getReadOnlyProperty();
    }

    /** The confirmation field's message. */
    public FieldState confirmationField() {
        return form.find("confirmation").orElseThrow();
    }
}
