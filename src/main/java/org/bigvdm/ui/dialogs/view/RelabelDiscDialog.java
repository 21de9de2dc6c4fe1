package org.bigvdm.ui.dialogs.view;

import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;
import org.bigvdm.ui.form.view.FormGrid;

/** The "Relabel disc" dialog: one label field, prefilled. */
public final class RelabelDiscDialog {
    private RelabelDiscDialog() {
    }

    public static Dialog<Disc> create(RelabelDiscViewModel vm) {
        TextField label = FormGrid.boundField(vm.labelProperty(), "label", null);

        FormGrid form = new FormGrid();
        form.field("New label", label, vm.labelField().messageProperty(), "label-error");

        return DialogShell.wrap(vm, Look.of("Relabel disc", "Give a new label to the disc " + vm.disc().label()
                        + " on " + vm.server().serverName(), "Relabel").withIcon("mdi2r-rename-box", false), form,
                label::requestFocus, vm.labelField().messageProperty());
    }
}
