package org.bigvdm.ui.main;

import java.util.Objects;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.DiscDialogs;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;

/**
 * Opens the disc dialogs for the main window and says in a short notification what a change
 * did. The change service reads the server again and handles every failure; nothing here
 * re-sends a request.
 */
public final class DialogDiscActions implements DiscActions {
    private final ChangeService changes;
    private final EstateService estate;
    private final AccessRights access;
    private final DiscDialogs dialogs;
    private final Notifications notes;

    public DialogDiscActions(ChangeService changes, EstateService estate, AccessRights access, DiscDialogs dialogs,
                             Notifications notes) {
        this.changes = Objects.requireNonNull(changes);
        this.estate = Objects.requireNonNull(estate);
        this.access = Objects.requireNonNull(access);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.notes = Objects.requireNonNull(notes);
    }

    @Override
    public void create(ServerEntry server) {
        dialogs.create(new CreateDiscViewModel(changes, context(server))).ifPresent(disc -> notes.notifyUntilRead(
                "Created " + describe(disc) + " on " + server.vm().name()
                        + (server.vm().powerOn() ? ". Restart the server for it to see the disc." : "")));
    }

    @Override
    public void resize(DiscRow row) {
        dialogs.resize(new ResizeDiscViewModel(changes, context(row.server()), row.disc()))
                .ifPresent(disc -> notes.notifyUntilRead("Resized " + disc.label() + " from "
                        + SizeFormat.mib(row.sizeMib())
                        + " to " + SizeFormat.mib(disc.size()) + ". Grow the filesystem inside the server to use it."));
    }

    @Override
    public void relabel(DiscRow row) {
        dialogs.relabel(new RelabelDiscViewModel(changes, context(row.server()), row.disc()))
                .ifPresent(disc -> notes.notifyUntilRead("Relabelled " + row.label() + " as " + disc.label()));
    }

    @Override
    public void purge(DiscRow row) {
        if (dialogs.purge(new PurgeDiscViewModel(changes, context(row.server()), row.disc()))) {
            notes.notifyUntilRead("Purged " + row.label() + " from " + row.serverName());
        }
    }

    /** The server as last read, with what is known of the user's rights there. */
    private ServerContext context(ServerEntry server) {
        return ServerContext.of(server, access, estate.definitionsProperty().get());
    }

    private static String describe(Disc disc) {
        return disc.label() + " (" + SizeFormat.mib(disc.size()) + ", " + disc.storageGrade() + ")";
    }
}
