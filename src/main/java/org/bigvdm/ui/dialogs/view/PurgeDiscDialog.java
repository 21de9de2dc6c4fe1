package org.bigvdm.ui.dialogs.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;
import org.bigvdm.ui.form.view.FormGrid;

/** The "Purge disc" dialog: what goes, that it is final, and the typed label to confirm. */
public final class PurgeDiscDialog {
    private PurgeDiscDialog() {
    }

    public static Dialog<Disc> create(PurgeDiscViewModel vm) {
        TextField confirmation = FormGrid.boundField(vm.confirmationProperty(), "confirmation", vm.disc().label());

        FormGrid form = new FormGrid();
        form.text(Bindings.createStringBinding(vm::warning), "warning", Styles.DANGER);
        form.text(Bindings.createStringBinding(vm::confirmationPrompt), "confirmation-prompt");
        form.field("Label", confirmation, null, null);
        form.text(vm.whyPurgeOffProperty(), "purge-off-reason", Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        return DialogShell.wrap(vm, Look.of("Purge disc", "Purge the disc " + vm.disc().label() + "?", "Purge")
                .withIcon("mdi2d-delete-forever", true), form, confirmation::requestFocus);
    }
}
