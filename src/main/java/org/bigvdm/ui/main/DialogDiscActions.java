package org.bigvdm.ui.main;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.DiscDialogViewModel;
import org.bigvdm.ui.dialogs.DiscDialogs;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.discs.DiscRow;

/**
 * Opens the disc dialogs for the main window and deals with what they answer: the server is
 * read again after every change (and after an unknown outcome), the new or changed disc is
 * selected, and a short notification says what happened. Nothing here re-sends a request.
 */
public final class DialogDiscActions implements DiscActions {
    private final Supplier<BrainApi> api;
    private final TaskRunner runner;
    private final EstateService estate;
    private final MainViewModel main;
    private final DiscDialogs dialogs;
    private Consumer<Runnable> signInAgain = afterSignIn -> { };

    public DialogDiscActions(Supplier<BrainApi> api, TaskRunner runner, MainViewModel main, DiscDialogs dialogs) {
        this.api = Objects.requireNonNull(api);
        this.runner = Objects.requireNonNull(runner);
        this.main = Objects.requireNonNull(main);
        this.estate = main.estate();
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /**
     * What to do when a dialog's request met an expired session: ask the user to sign in and
     * then run the given action (which tells the still-open dialog; nothing is re-sent).
     */
    public void setSignInAgain(Consumer<Runnable> signInAgain) {
        this.signInAgain = Objects.requireNonNull(signInAgain);
    }

    @Override
    public void create(ServerEntry server) {
        CreateDiscViewModel vm = new CreateDiscViewModel(api.get(), runner, main.context(server));
        dialogs.create(prepared(vm, server)).ifPresent(disc -> changed(server, disc,
                "Created " + describe(disc) + " on " + server.vm().name()
                        + (server.vm().powerOn() ? ". Restart the server for it to see the disc." : "")));
    }

    @Override
    public void resize(DiscRow row) {
        ResizeDiscViewModel vm = new ResizeDiscViewModel(api.get(), runner, main.context(row.server()), row.disc());
        dialogs.resize(prepared(vm, row.server())).ifPresent(disc -> changed(row.server(), disc,
                "Resized " + disc.label() + " from " + SizeFormat.mib(row.sizeMib()) + " to "
                        + SizeFormat.mib(disc.size()) + ". Grow the filesystem inside the server to use it."));
    }

    @Override
    public void relabel(DiscRow row) {
        RelabelDiscViewModel vm = new RelabelDiscViewModel(api.get(), runner, main.context(row.server()), row.disc());
        dialogs.relabel(prepared(vm, row.server())).ifPresent(disc -> changed(row.server(), disc,
                "Renamed " + row.label() + " to " + disc.label()));
    }

    @Override
    public void purge(DiscRow row) {
        PurgeDiscViewModel vm = new PurgeDiscViewModel(api.get(), runner, main.context(row.server()), row.disc());
        if (dialogs.purge(prepared(vm, row.server()))) {
            estate.refreshServer(row.server(), () -> { });
            main.notify("Purged " + row.label() + " from " + row.serverName());
        }
    }

    private <V extends DiscDialogViewModel<?>> V prepared(V vm, ServerEntry server) {
        // a timeout, reset or 5xx may or may not have changed the server: read it again
        vm.setOnOutcomeUnknown(() -> estate.refreshServer(server, () -> { }));
        vm.setOnFailure(error -> {
            if (error instanceof ForbiddenException) {
                // a server deleted elsewhere also answers 403: read it first, then judge
                estate.refreshServer(server, () -> {
                    boolean stillLive = estate.estate().server(server.vm().id())
                            .map(s -> !s.vm().deleted()).orElse(false);
                    if (stillLive) {
                        estate.markReadOnly(server.account().id());
                    }
                });
            } else if (error instanceof UnauthorizedException) {
                signInAgain.accept(vm::signedInAgain);
            }
        });
        return vm;
    }

    private void changed(ServerEntry server, Disc answer, String message) {
        estate.refreshServer(server, () -> {
            // only if the user is still looking at that server (or a group holding it)
            String shown = main.tree().selectedKeyProperty().get();
            if (shown != null && NodeKeys.isWithin(server.key(), shown)) {
                main.table().selectDiscWhenShown(answer.id());
            }
        });
        main.notify(message);
    }

    private static String describe(Disc disc) {
        return disc.label() + " (" + SizeFormat.mib(disc.size()) + ", " + disc.storageGrade() + ")";
    }
}
