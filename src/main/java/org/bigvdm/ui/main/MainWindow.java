package org.bigvdm.ui.main;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.discs.DiscTableView;
import org.bigvdm.ui.tree.ServerTreeView;

/**
 * The main window's layout: menu bar, toolbar, banners, the tree and the disc table in a split
 * pane, and the status bar. Each part is its own view bound to {@link MainViewModel}; this class
 * only places them and hands the app the parts it remembers (divider, columns).
 */
public final class MainWindow extends BorderPane {
    private static final double MAX_TREE_SHARE = 0.4;
    private final ServerTreeView tree;
    private final DiscTableView table;
    private final SplitPane split = new SplitPane();
    private final ServerPane serverPane;

    public MainWindow(MainViewModel vm) {
        setId("mainWindow");
        tree = new ServerTreeView(vm.tree());
        table = new DiscTableView(vm.table());
        MainActions actions = new MainActions(vm);
        serverPane = new ServerPane(vm, tree);
        setTop(new VBox(new MainMenuBar(vm, actions, this::focusFilter), new MainToolBar(actions), Banners.demo(vm),
                Banners.bytemarkTool(vm), Banners.error(vm)));
        split.getItems().addAll(serverPane, new DiscPane(vm, table));
        split.setDividerPositions(0.32);
        // the tree keeps its width when the window grows; the table takes the extra room
        SplitPane.setResizableWithParent(serverPane, false);
        // ...but in a small window it gives way (to 40%) before the table's Label and Size columns do
        split.widthProperty().addListener((o, was, width) -> {
            if (width.doubleValue() > 0 && split.getDividerPositions()[0] > MAX_TREE_SHARE) {
                split.setDividerPositions(MAX_TREE_SHARE);
            }
        });
        // the user starts in the tree, not on the first enabled toolbar button
        tree.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                Platform.runLater(tree::requestFocus);
            }
        });
        setCenter(split);
        setBottom(new StatusBar(vm));
        table.setContextMenu(actions.tableMenu());
        tree.setContextMenu(actions.treeMenu());
        addEventFilter(KeyEvent.KEY_PRESSED, new WindowKeys(actions));
        addEventFilter(KeyEvent.KEY_PRESSED, new TabOrder(this));
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

    public void focusFilter() {
        serverPane.filter().focusAndSelect();
    }
}
