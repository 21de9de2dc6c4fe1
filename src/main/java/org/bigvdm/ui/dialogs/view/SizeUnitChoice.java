package org.bigvdm.ui.dialogs.view;

import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import org.bigvdm.ui.dialogs.SizeUnit;

/** The unit next to a size field, bound both ways to the ViewModel's unit. */
final class SizeUnitChoice {
    private SizeUnitChoice() {
    }

    /** The size field with its unit choice beside it; the field takes the spare width. */
    static HBox row(TextField size, ObjectProperty<SizeUnit> unit) {
        HBox row = new HBox(6, size, boundTo(unit, "unit"));
        HBox.setHgrow(size, Priority.ALWAYS);
        return row;
    }

    static ComboBox<SizeUnit> boundTo(ObjectProperty<SizeUnit> unit, String id) {
        ComboBox<SizeUnit> box = new ComboBox<>();
        box.getItems().setAll(SizeUnit.values());
        box.valueProperty().bindBidirectional(unit);
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.setPrefWidth(90);
        return box;
    }
}
