package org.bigvdm.ui.dialogs.view;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextField;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A form: one row per field, caption | input | the field's message, plus full-width text rows. */
final class FormGrid extends GridPane {
    private int row;

    FormGrid() {
        setHgap(10);
        setVgap(8);
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        ColumnConstraints message = new ColumnConstraints(260);
        getColumnConstraints().addAll(caption, input, message);
    }

    /** A field row; {@code errorId} names the message label so tests can find it. */
    void field(String caption, Node input, ObservableStringValue message, String errorId) {
        Label captionLabel = new Label(caption);
        captionLabel.setLabelFor(input);
        add(captionLabel, 0, row);
        add(input, 1, row);
        if (message != null) {
            add(errorLabel(message, errorId), 2, row);
        }
        row++;
    }

    /** A line of text across the whole form (notes, summaries, warnings). */
    Label text(ObservableStringValue text, String id, String... styles) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().addAll(styles);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        add(l, 0, row++, 3, 1);
        return l;
    }

    /** Small danger-coloured text that takes no space while empty. */
    /** A text field bound both ways to the ViewModel's input, with an id for tests. */
    static TextField boundField(StringProperty text, String id, String prompt) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    static Label errorLabel(ObservableStringValue message, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(message);
        l.setWrapText(true);
        // wrapped text must take the lines it needs instead of ending in "..."
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        return l;
    }
}
