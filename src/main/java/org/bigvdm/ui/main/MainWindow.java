package org.bigvdm.ui.main;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.discs.DiscTableView;
import org.bigvdm.ui.tree.ServerTreeView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The main window's layout: menu bar, toolbar, demo and error banners, the tree and the disc
 * table in a split pane, and the status bar. It binds to {@link MainViewModel} and holds no
 * state of its own beyond what JavaFX controls keep.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final CustomTextField filter = new CustomTextField();
    private final ServerTreeView tree;
    private final DiscTableView table;
    private final SplitPane split = new SplitPane();
    private final MainMenuBar menuBar;

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        setId("mainWindow");
        tree = new ServerTreeView(vm.tree());
        table = new DiscTableView(vm.table());

        MainActions actions = new MainActions(vm);
        menuBar = new MainMenuBar(vm, actions, this::focusFilter);
        VBox top = new VBox(menuBar, new MainToolBar(actions), Banners.demo(vm), Banners.error(vm));
        setTop(top);
        split.getItems().addAll(buildLeft(), buildRight());
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
        setBottom(new StatusBar(vm));
        table.setContextMenu(actions.tableMenu());
        tree.setContextMenu(actions.treeMenu());
    }

    public SplitPane splitPane() {
        return split;
    }

    public DiscTableView table() {
        return table;
    }

    public ServerTreeView tree() {
        return tree;
    }

    /** The File menu, for the app to add sign-in items to. */
    public Menu fileMenu() {
        return menuBar.fileMenu();
    }

    public Menu viewMenu() {
        return menuBar.viewMenu();
    }

    public Menu helpMenu() {
        return menuBar.helpMenu();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private Node buildLeft() {
        filter.setId("filterField");
        filter.setPromptText("Filter servers (Ctrl+F)");
        filter.setTooltip(new Tooltip("Type part of a server name or hostname; Esc clears"));
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
        clear.setId("clearFilter");
        clear.setCursor(javafx.scene.Cursor.HAND);
        clear.setOnMouseClicked(e -> filter.clear());
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);
        filter.textProperty().bindBidirectional(vm.tree().filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Label noMatch = new Label("No servers match the filter.");
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.visibleProperty().bind(vm.tree().shownServersProperty().isEqualTo(0)
                .and(vm.tree().filterProperty().isNotEmpty()));
        Label loadingFirst = new Label("Reading your servers…");
        loadingFirst.setId("treeLoading");
        loadingFirst.getStyleClass().add(Styles.TEXT_MUTED);
        loadingFirst.visibleProperty().bind(vm.estate().loadingProperty()
                .and(vm.estate().loadedOnceProperty().not()));
        StackPane treeArea = new StackPane(tree, noMatch, loadingFirst);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        VBox left = new VBox(6, filter, treeArea);
        left.setPadding(new Insets(6, 0, 0, 6));
        left.setMinWidth(220);
        return left;
    }

    private Node buildRight() {
        Label heading = new Label();
        heading.setId("tableHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(vm.table().headingProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(6, heading, table);
        right.setPadding(new Insets(6, 6, 0, 6));
        return right;
    }
}
