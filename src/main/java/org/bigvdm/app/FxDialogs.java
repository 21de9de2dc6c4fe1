package org.bigvdm.app;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.DiscDialogs;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.dialogs.view.CreateDiscDialog;
import org.bigvdm.ui.dialogs.view.PurgeDiscDialog;
import org.bigvdm.ui.dialogs.view.RelabelDiscDialog;
import org.bigvdm.ui.dialogs.view.ResizeDiscDialog;
import org.bigvdm.ui.form.view.DialogPlacement;
import org.bigvdm.ui.signin.SignInDialog;
import org.bigvdm.ui.signin.SignInDialogs;
import org.bigvdm.ui.signin.SignInViewModel;

/** The app's dialogs: each one modal over the main window, waited for. FX thread only. */
final class FxDialogs implements DiscDialogs, SignInDialogs {
    private final Window owner;

    FxDialogs(Window owner) {
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

    @Override
    public Optional<SignInResult> showSignIn(SignInViewModel vm) {
        return show(SignInDialog.create(vm));
    }

    /** After the dialog, the focus goes back where it was (the table, say), not to the toolbar. */
    private <R> Optional<R> show(Dialog<R> dialog) {
        dialog.initOwner(owner);
        DialogPlacement.keepSelectedRowInSight(dialog, owner);
        Scene scene = owner.getScene();
        Node before = scene == null ? null : scene.getFocusOwner();
        try {
            return dialog.showAndWait();
        } finally {
            if (before != null && before.getScene() == scene && before.isVisible() && !before.isDisabled()) {
                Platform.runLater(before::requestFocus);
            }
        }
    }
}
