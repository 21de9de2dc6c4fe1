package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import java.util.List;
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

    DiscPane(MainViewModel vm, DiscTableView table) {
        super(6);
        Label heading = new Label();
        heading.setId("tableHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(vm.table().headingProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
        setPadding(new Insets(6, 6, 0, 6));
        this.table = table;
    }

    /** The table on top, {@code pane} under it, split so the user can give either more room. */
    void addBelowTable(Node pane) {
        SplitPane split = new SplitPane(table, pane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().set(getChildren().indexOf(table), split);
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
