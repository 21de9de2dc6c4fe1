package org.bigvdm.ui.dialogs.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;
import org.bigvdm.ui.form.view.FormGrid;

/** The "Add disc" dialog: label, size with unit, storage grade. */
public final class CreateDiscDialog {
    private CreateDiscDialog() {
    }

    public static Dialog<Disc> create(CreateDiscViewModel vm) {
        TextField label = FormGrid.boundField(vm.labelProperty(), "label", vm.autoLabel() + " (automatic)");

        TextField size = FormGrid.boundField(vm.sizeProperty(), "size", "e.g. 25, 10 GB or 1.5 TiB");
        HBox sizeRow = SizeUnitChoice.row(size, vm.unitProperty());

        ComboBox<String> grade = new ComboBox<>(vm.grades());
        grade.valueProperty().bindBidirectional(vm.gradeProperty());
        grade.setId("grade");
        grade.setCellFactory(list -> new GradeCell(vm));
        grade.setButtonCell(new GradeCell(vm));

        FormGrid form = new FormGrid();
        form.field("Label", label, vm.labelField().messageProperty(), "label-error");
        // shown from the start: the field's own hint hides while the cursor is in it
        form.text(Bindings.createStringBinding(() -> vm.labelProperty().get().isEmpty()
                ? "Left empty, the disc is called " + vm.autoLabel() + "." : " ", vm.labelProperty()),
                "auto-label-note", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        form.field("Size", sizeRow, vm.sizeField().messageProperty(), "size-error");
        form.field("Storage grade", grade, vm.gradeField().messageProperty(), "grade-error");
        form.text(Bindings.createStringBinding(vm::runningNote), "running-note");

        return DialogShell.wrap(vm, Look.of("Add disc", "Add a disc to " + vm.server().serverName(), "Add disc")
                        .withIcon("mdi2h-harddisk-plus", false)
                        .whileBusy("Waiting for the service to create the disc…"), form, label::requestFocus,
                vm.labelField().messageProperty(), vm.sizeField().messageProperty(), vm.gradeField().messageProperty());
    }

    /** "Premium SSD (ssd)": the words first, the API's name for reference. */
    private static final class GradeCell extends ListCell<String> {
        private final CreateDiscViewModel vm;

        GradeCell(CreateDiscViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(String grade, boolean empty) {
            super.updateItem(grade, empty);
            setText(empty || grade == null ? null : vm.describeGrade(grade) + " (" + grade + ")");
        }
    }
}
