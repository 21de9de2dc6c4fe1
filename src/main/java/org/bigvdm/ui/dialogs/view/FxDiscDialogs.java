package org.bigvdm.ui.dialogs.view;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.DiscDialogs;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;

/** The real dialogs, modal over the main window. Call on the FX thread. */
public final class FxDiscDialogs implements DiscDialogs {
    private final Window owner;

    public FxDiscDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Disc> create(CreateDiscViewModel vm) {
        return show(CreateDiscDialog.create(vm));
    }

    @Override
    public Optional<Disc> resize(ResizeDiscViewModel vm) {
        return show(ResizeDiscDialog.create(vm));
    }

    @Override
    public Optional<Disc> relabel(RelabelDiscViewModel vm) {
        return show(RelabelDiscDialog.create(vm));
    }

    @Override
    public boolean purge(PurgeDiscViewModel vm) {
        return show(PurgeDiscDialog.create(vm)).isPresent();
    }

    private Optional<Disc> show(Dialog<Disc> dialog) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }
}
