package org.bigvdm.ui.main;

import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The filter above the tree (a ControlsFX {@link CustomTextField}): a magnifier, the text, and a
 * clear icon that Esc also does. Matches servers and their discs (see ServerTreeViewModel).
 */
final class FilterField extends CustomTextField {
    static final String PROMPT = "Filter servers and discs (Ctrl+F)";

    FilterField(StringProperty filter) {
        setId("filterField");
        setPromptText(PROMPT);
        setTooltip(new Tooltip("Part of a server's name or hostname, or of a disc's label, id or grade.\n"
                + "Enter selects the first match, Down moves into the tree, Esc clears."));
        setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
        clear.setId("clearFilter");
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> clear());
        clear.visibleProperty().bind(textProperty().isNotEmpty());
        setRight(clear);
        textProperty().bindBidirectional(filter);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clear();
            }
        });
    }

    /** Ctrl+F: into the field with the old text selected, so typing replaces it. */
    void focusAndSelect() {
        requestFocus();
        selectAll();
    }
}
