package org.bigvdm.ui.dialogs.view;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.Region;
import org.bigvdm.ui.dialogs.SizeUnit;

/** The unit next to a size field, bound both ways to the ViewModel's unit. */
final class SizeUnitChoice {
    private SizeUnitChoice() {
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
