package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.discs.DiscTableView;

/** The right side: a heading naming what is selected, over its discs. */
final class DiscPane extends VBox {
    private final DiscTableView table;
    /** True while the pane under the table gives way (an overview takes the room instead). */
    private final BooleanProperty belowHidden = new SimpleBooleanProperty();
    private double dividerAt = 0.6;

    static final Insets PADDING = new Insets(6, 6, 0, 6);
    /**
     * The table asks for a few rows only and grows into what the parts above it leave: a VBox too
     * short for every part shrinks them all alike, and the table's own 400 px took the overview's
     * last lines away in a 760 px window.
     */
    static final double TABLE_PREF_HEIGHT = 120;

    DiscPane(MainViewModel vm, DiscTableView table) {
        super(6);
        Label heading = heading();
        heading.setId("tableHeading");
        heading.textProperty().bind(vm.table().headingProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(TABLE_PREF_HEIGHT);
        getChildren().addAll(heading, table);
        setPadding(PADDING);
        this.table = table;
    }

    /** The heading's label, styled; the window's skeleton shows an empty one in its place. */
    static Label heading() {
        Label heading = new Label(" ");
        heading.getStyleClass().add(Styles.TITLE_4);
        return heading;
    }

    /** The table on top, {@code pane} under it, split so the user can give either more room. */
    void addBelowTable(Node pane) {
        SplitPane split = new SplitPane(table, pane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(dividerAt);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().set(getChildren().indexOf(table), split);
        belowHidden.addListener((obs, was, hidden) -> showBelow(split, pane, !hidden));
        showBelow(split, pane, !belowHidden.get());
    }

    /**
     * The pane under the table steps aside while {@code condition} holds: with an overview above
     * it, three stacked parts left the table one row tall.
     */
    void hideBelowTableWhile(ObservableBooleanValue condition) {
        belowHidden.bind(condition);
    }

    private void showBelow(SplitPane split, Node pane, boolean show) {
        boolean shown = split.getItems().contains(pane);
        if (show && !shown) {
            split.getItems().add(pane);
            split.setDividerPositions(dividerAt);
        } else if (!show && shown) {
            dividerAt = split.getDividerPositions()[0];
            split.getItems().remove(pane);
        }
    }

    /** Parts shown between the heading and the table (the overview and its focus bar). */
    void addUnderHeading(Node... parts) {
        getChildren().addAll(1, List.of(parts));
    }

    /** A note between the heading and the table (a shutdown under way, changes pending restart). */
    void addAboveTable(Node note) {
        getChildren().add(getChildren().size() - 1, note);
    }
}
