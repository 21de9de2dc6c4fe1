package org.bigvdm.ui.dialogs;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.ui.common.SizeFormat;

/**
 * Destroys a disc and its data. Purge is allowed only once the user has typed the disc's label
 * exactly (case-sensitive, no trimming), and is sent at most once. The result is the disc that
 * was purged: the service answers 204 with no body.
 */
public final class PurgeDiscViewModel extends DiscDialogViewModel<Disc> {
    private final Disc disc;
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringBinding whyOff;

    public PurgeDiscViewModel(ChangeService changes, ServerContext server, Disc disc) {
        super(changes, server);
        this.disc = disc;
        requireAlso(this::confirmed, confirmation);
        whyOff = Bindings.createStringBinding(() -> confirmed() ? ""
                : "Purge stays off until you type the label exactly: " + disc.label(), confirmation);
    }

    @Override
    protected Optional<Truth> truthAfter(Optional<VirtualMachine> now) {
        return Optional.of(discById(now, disc.id()).isPresent()
                ? new Truth(false, "Nothing changed: the disc " + disc.label() + " is still there.")
                : new Truth(true, "The disc " + disc.label() + " is gone: the purge went through."));
    }

    /** True when the typed text is the label, character for character. */
    public boolean confirmed() {
        return Objects.equals(confirmation.get(), disc.label());
    }

    @Override
    protected ChangeRequest<Disc> request() {
        return DiscChanges.purge(server.target(), disc);
    }

    /** Names exactly what goes: label, size, grade in words, server. */
    public String warning() {
        return "This destroys the disc " + disc.label() + " (" + SizeFormat.mib(disc.size()) + ", "
                + server.definitions().describe(disc.storageGrade()) + ") on the server "
                + server.serverName() + ", with all its data. This cannot be undone." + backupsGoing();
    }

    /** " Its 7 backups and 1 backup schedule go with it.", or "" when it has none. */
    private String backupsGoing() {
        int backups = disc.backupCount() == null ? 0 : disc.backupCount();
        int schedules = disc.backupSchedules().size();
        if (backups == 0 && schedules == 0) {
            return "";
        }
        String b = backups == 1 ? "1 backup" : backups + " backups";
        String s = schedules == 1 ? "1 backup schedule" : schedules + " backup schedules";
        String what = backups == 0 ? s : schedules == 0 ? b : b + " and " + s;
        return " Its " + what + " go with it.";
    }

    /** Why Purge is still off, under the field ("" once the label is typed exactly). */
    public StringBinding whyPurgeOffProperty() {
        return whyOff;
    }

    /** The instruction above the confirmation field. */
    public String confirmationPrompt() {
        return "Type " + disc.label() + " to confirm:";
    }

    public Disc disc() {
        return disc;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }
}
