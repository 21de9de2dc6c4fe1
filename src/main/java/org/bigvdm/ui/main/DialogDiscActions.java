package org.bigvdm.ui.main;

import java.util.Objects;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.DiscDialogs;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.discs.DiscRow;

/**
 * Opens the disc dialogs for the main window and says in a short notification what a change
 * did. The change service reads the server again and handles every failure; nothing here
 * re-sends a request.
 */
public final class DialogDiscActions implements DiscActions {
    private final ChangeService changes;
    private final MainViewModel main;
    private final DiscDialogs dialogs;

    public DialogDiscActions(ChangeService changes, MainViewModel main, DiscDialogs dialogs) {
        this.changes = Objects.requireNonNull(changes);
        this.main = Objects.requireNonNull(main);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    @Override
    public void create(ServerEntry server) {
        dialogs.create(new CreateDiscViewModel(changes, main.context(server))).ifPresent(disc -> main.notify(
                "Created " + describe(disc) + " on " + server.vm().name()
                        + (server.vm().powerOn() ? ". Restart the server for it to see the disc." : "")));
    }

    @Override
    public void resize(DiscRow row) {
        dialogs.resize(new ResizeDiscViewModel(changes, main.context(row.server()), row.disc()))
                .ifPresent(disc -> main.notify("Resized " + disc.label() + " from " + SizeFormat.mib(row.sizeMib())
                        + " to " + SizeFormat.mib(disc.size()) + ". Grow the filesystem inside the server to use it."));
    }

    @Override
    public void relabel(DiscRow row) {
        dialogs.relabel(new RelabelDiscViewModel(changes, main.context(row.server()), row.disc()))
                .ifPresent(disc -> main.notify("Renamed " + row.label() + " to " + disc.label()));
    }

    @Override
    public void purge(DiscRow row) {
        if (dialogs.purge(new PurgeDiscViewModel(changes, main.context(row.server()), row.disc()))) {
            main.notify("Purged " + row.label() + " from " + row.serverName());
        }
    }

    private static String describe(Disc disc) {
        return disc.label() + " (" + SizeFormat.mib(disc.size()) + ", " + disc.storageGrade() + ")";
    }
}
