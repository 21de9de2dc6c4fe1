package org.bigvdm.ui.dialogs.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;
import org.bigvdm.ui.form.view.FormGrid;

/** The "Resize disc" dialog: a new total or "+N", the resulting change, and what to do after. */
public final class ResizeDiscDialog {
    private ResizeDiscDialog() {
    }

    public static Dialog<Disc> create(ResizeDiscViewModel vm) {
        TextField size = FormGrid.boundField(vm.sizeProperty(), "size", "new size, or +N to add");
        HBox sizeRow = SizeUnitChoice.row(size, vm.unitProperty());

        FormGrid form = new FormGrid();
        form.field("Current size", new Label(vm.currentSize()), null, null);
        form.field("New size", sizeRow, vm.sizeField().messageProperty(), "size-error");
        form.text(vm.summaryProperty(), "summary", Styles.TEXT_BOLD);
        form.text(Bindings.createStringBinding(vm::notes), "notes", Styles.TEXT_MUTED);

        return DialogShell.wrap(vm, Look.of("Resize disc", "Grow the disc " + vm.disc().label()
                        + " on " + vm.server().serverName(), "Resize").withIcon("mdi2a-arrow-expand-horizontal", false),
                form, size::requestFocus, vm.sizeField().messageProperty(), vm.summaryProperty());
    }
}
