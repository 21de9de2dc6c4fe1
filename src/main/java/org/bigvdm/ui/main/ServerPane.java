package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.tree.ServerTreeView;

/**
 * The left side: the filter over the server tree. While the tree is empty a muted line over it
 * says why: still reading, or nothing matches the filter.
 */
final class ServerPane extends VBox {
    static final String READING = "Reading your servers…";
    static final Insets PADDING = new Insets(6, 0, 0, 6);
    private final FilterField filter;

    ServerPane(MainViewModel vm, ServerTreeView tree) {
        super(6);
        filter = new FilterField(vm.tree().filterProperty());
        Label noMatch = new Label("No servers match the filter.");
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.visibleProperty().bind(vm.tree().shownServersProperty().isEqualTo(0)
                .and(vm.tree().filterProperty().isNotEmpty()));
        Label loadingFirst = new Label(READING);
        loadingFirst.setId("treeLoading");
        loadingFirst.getStyleClass().add(Styles.TEXT_MUTED);
        loadingFirst.visibleProperty().bind(vm.loadingProperty().and(vm.loadedOnceProperty().not()));
        StackPane treeArea = new StackPane(tree, noMatch, loadingFirst);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        getChildren().addAll(filter, treeArea);
        // from the filter to its results: Down moves into the tree, Enter selects the first match
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                if (e.getCode() == KeyCode.ENTER || vm.tree().selectedKeyProperty().get() == null) {
                    vm.tree().selectFirstMatch();
                }
                tree.requestFocus();
                e.consume();
            }
        });
        setPadding(PADDING);
        setMinWidth(220);
    }

    FilterField filter() {
        return filter;
    }
}
