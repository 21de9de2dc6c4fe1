package org.bigvdm.ui.backups;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.form.FieldState;

/**
 * Restores a backup onto its disc, the most dangerous action in the app: says what is
 * overwritten (disc, the backup's time, size) and that a safety backup is taken first, and sends
 * only once the disc's label is typed exactly. Refused beforehand for the reasons the service
 * would refuse it ({@link BackupRules#restoreProblems}): a running server above all.
 */
public final class RestoreViewModel extends BackupFormViewModel<Backup> {
    /** The confirmation field's message while what is typed is not the label. */
    public static final String WRONG_LABEL = "Type the disc's label exactly, as shown";

    private final Backup backup;
    private final ZoneId zone;
    private final StringProperty confirmation = new SimpleStringProperty("");

    public RestoreViewModel(ChangeService changes, ServerContext server, Disc disc, Backup backup, ZoneId zone) {
        super(changes, server, disc);
        this.backup = backup;
        this.zone = zone;
        field("confirmation", () -> confirmed() ? Optional.empty() : Optional.of(WRONG_LABEL), confirmation);
        block(server.whyDiscsCannotChange().or(this::whyNotNow));
    }

    /** True when the typed text is the disc's label, character for character. */
    public boolean confirmed() {
        return Objects.equals(confirmation.get(), disc.label());
    }

    /** The service's own refusals, in words, before anything is sent. */
    private Optional<String> whyNotNow() {
        Map<String, List<String>> problems = BackupRules.restoreProblems(server.powerOn(), backup, disc);
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

    /** The confirmation field's message. */
    public FieldState confirmationField() {
        return form.find("confirmation").orElseThrow();
    }
}
