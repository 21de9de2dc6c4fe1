package org.bigvdm.ui.form.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A form: one row per field (caption, input, and the field's message), plus full-width text
 * rows. The message stands beside the input, or under it in a narrow form; a row can come and
 * go with a condition, taking no room while gone.
 */
public final class FormGrid extends GridPane {
    /** Lines a beside-the-input message has room for before it appears. */
    private static final int HINT_LINES = 2;
    private static final double LINE_SPACING = 1.4;
    private final Double messageWidth;   // null: messages beside the input, in their own column
    private int row;

    /** Messages in a column beside the inputs. */
    public FormGrid() {
        this.messageWidth = null;
        setHgap(10);
        setVgap(8);
        ColumnConstraints input = new ColumnConstraints();
        input.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(captionColumn(), input, new ColumnConstraints(260));
    }

    private FormGrid(double fieldWidth) {
        this.messageWidth = fieldWidth;
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(10));
        ColumnConstraints fields = new ColumnConstraints(fieldWidth, fieldWidth, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(captionColumn(), fields);
    }

    /** A narrow form: each message under its input, wrapped to {@code fieldWidth}. */
    public static FormGrid withMessagesBelow(double fieldWidth) {
        return new FormGrid(fieldWidth);
    }

    /** A field row; {@code messageId} names the message label so tests can find it. */
    public void field(String caption, Node input, ObservableStringValue message, String messageId) {
        field(caption, input, message, messageId, null);
    }

    /** A field row shown only while {@code shownWhen} holds (null: always). */
    public void field(String caption, Node input, ObservableStringValue message, String messageId,
                      ObservableBooleanValue shownWhen) {
        Label captionLabel = new Label(caption);
        captionLabel.setMinWidth(Region.USE_PREF_SIZE);
        captionLabel.setLabelFor(input);
        GridPane.setHgrow(input, Priority.ALWAYS);
        add(captionLabel, 0, row);
        add(input, 1, row);
        bindShown(captionLabel, shownWhen);
        bindShown(input, shownWhen);
        if (message != null) {
            Label label = errorLabel(message, messageId);
            if (messageWidth == null) {
                add(reserveRoom(label), 2, row);
            } else {
                label.setPrefWidth(messageWidth);
                add(label, 1, ++row);
                BooleanExpression hasText = Bindings.isNotEmpty(label.textProperty());
                bindShown(label, shownWhen == null ? hasText : hasText.and(shownWhen));
            }
        }
        row++;
    }

    /** A control in the input column with no caption, e.g. a check box or a button. */
    public void plain(Node content, ObservableBooleanValue shownWhen) {
        add(content, 1, row++);
        bindShown(content, shownWhen);
    }

    /** A line of text across the whole form (notes, summaries, warnings); gone while empty. */
    public Label text(ObservableStringValue text, String id, String... styles) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setId(id);
        l.getStyleClass().addAll(styles);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        if (messageWidth == null) {
            add(l, 0, row++, 3, 1);
        } else {
            l.setPrefWidth(messageWidth);
            add(l, 1, row++);
        }
        return l;
    }

    /** A text field bound both ways to the ViewModel's input, with an id for tests. */
    public static TextField boundField(StringProperty text, String id, String prompt) {
        return bound(new TextField(), text, id, prompt);
    }

    /** Any text input (a password field, say) bound both ways to the ViewModel's input. */
    public static <T extends TextInputControl> T bound(T field, StringProperty text, String id, String prompt) {
        field.textProperty().bindBidirectional(text);
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** Small danger-coloured text that wraps rather than ending in "…". */
    public static Label errorLabel(ObservableStringValue message, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(message);
        l.setWrapText(true);
        // wrapped text must take the lines it needs instead of ending in "..."
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        return l;
    }

    /**
     * Room for a two-line message before there is one, so the dialog doesn't jump while the
     * user types; a longer message still takes the lines it needs.
     */
    private static Node reserveRoom(Label message) {
        StackPane room = new StackPane(message) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.max(HINT_LINES * message.getFont().getSize() * LINE_SPACING, super.computePrefHeight(width));
            }

            @Override
            protected double computeMinHeight(double width) {
                return computePrefHeight(width);
            }
        };
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        return room;
    }

    private static ColumnConstraints captionColumn() {
        // captions never shrink to "Userna…"
        ColumnConstraints caption = new ColumnConstraints();
        caption.setMinWidth(Region.USE_PREF_SIZE);
        return caption;
    }

    private static void bindShown(Node node, ObservableBooleanValue shownWhen) {
        if (shownWhen != null) {
            node.visibleProperty().bind(shownWhen);
            node.managedProperty().bind(shownWhen);
        }
    }
}
