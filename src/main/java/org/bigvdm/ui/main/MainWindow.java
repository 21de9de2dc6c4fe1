package org.bigvdm.ui.main;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.bigvdm.ui.discs.DiscTableView;
import org.bigvdm.ui.overview.OverviewView;
import org.bigvdm.ui.overview.OverviewViewModel;
import org.bigvdm.ui.tree.ServerTreeView;

/**
 * The main window's layout: menu bar, toolbar, banners, the tree and the disc table in a split
 * pane, and the status bar. Each part is its own view bound to {@link MainViewModel}; this class
 * only places them and hands the app the parts it remembers (divider, columns).
 */
public final class MainWindow extends BorderPane {
    private static final double MAX_TREE_SHARE = 0.4;
    /** The tree's share of the width until the user moves the divider. */
    public static final double TREE_SHARE = 0.32;
    private final ServerTreeView tree;
    private final DiscTableView table;
    private final SplitPane split = new SplitPane();
    private final ServerPane serverPane;
    private final MainMenuBar menuBar;
    private final MainToolBar toolBar;
    private final DiscPane discPane;
    private final MainViewModel vm;
    private final NotificationPane results;
    private SplitPane drawers;

    public MainWindow(MainViewModel vm) {
        setId("mainWindow");
        tree = new ServerTreeView(vm.tree());
        table = new DiscTableView(vm.table());
        this.vm = vm;
        MainActions actions = new MainActions(vm);
        serverPane = new ServerPane(vm, tree);
        menuBar = new MainMenuBar(vm, actions, this::focusFilter);
        toolBar = new MainToolBar(actions);
        discPane = new DiscPane(vm, table);
        setTop(new VBox(menuBar, toolBar, Banners.demo(vm),
                Banners.bytemarkTool(vm), Banners.error(vm)));
        split.getItems().addAll(serverPane, discPane);
        split.setDividerPositions(TREE_SHARE);
        // the tree keeps its width when the window grows; the table takes the extra room
        SplitPane.setResizableWithParent(serverPane, false);
        // ...but in a small window it gives way (to 40%) before the table's Label and Size columns do
        // (the split keeps the tree's width by moving the divider as the window shrinks: cap that)
        split.getDividers().get(0).positionProperty().addListener((o, was, position) -> {
            if (split.getWidth() > 0 && position.doubleValue() > MAX_TREE_SHARE) {
                split.setDividerPositions(MAX_TREE_SHARE);
            }
        });
        // the user starts in the tree, not on the first enabled toolbar button
        tree.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && was == null) {
                Platform.runLater(tree::requestFocus);
            }
        });
        // what a change did stays above the table until the user closes it
        results = new NotificationPane(split);
        results.setId("resultPane");
        results.setShowFromTop(true);
        vm.notificationProperty().addListener((o, was, note) -> {
            if (note != null && note.untilRead()) {
                results.show(note.text(), new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
            }
        });
        setCenter(results);
        setBottom(new StatusBar(vm));
        table.setContextMenu(actions.tableMenu());
        tree.setContextMenu(actions.treeMenu());
        addEventFilter(KeyEvent.KEY_PRESSED, new WindowKeys(actions));
        addEventFilter(KeyEvent.KEY_PRESSED, new TabOrder(this));
    }

    /** Shows the overview of an account or of all accounts above the disc table. */
    public void addOverview(OverviewViewModel overview) {
        discPane.addUnderHeading(OverviewView.focusBar(overview), OverviewView.foldable(overview));
        discPane.hideBelowTableWhile(overview.appliesProperty());
    }

    /**
     * Adds a command of another feature (bulk actions, export) to a menu ("_Disc", "_View") and
     * to the disc table's context menu.
     *
     * @param disabledReason why it is off now (null text while it applies), or null
     */
    public void addCommand(String menu, String text, KeyCombination key, Runnable command,
                           ObservableStringValue disabledReason) {
        MenuAction action = new MenuAction(text, key, command, disabledReason);
        menuBar.menu(menu).getItems().add(action.menuItem());
        table.getContextMenu().getItems().add(action.contextItem());
    }

    /** The bar above the table that keeps a change's result until it is closed. */
    public NotificationPane resultPane() {
        return results;
    }

    /**
     * Adds the server commands (power, undelete) and Move to… (Disc menu, table context menu): a
     * Server menu after Disc, toolbar buttons and the tree's context menu items.
     */
    public void addServerActions(ServerActions server) {
        menuBar.getMenus().stream().filter(m -> m.getText().equals(MenuTitles.DISC)).findFirst()
                .ifPresent(disc -> disc.getItems().add(disc.getItems().size() - 2, server.moveItem(false)));
        table.getContextMenu().getItems().add(4, server.moveItem(true));
        menuBar.getMenus().add(Math.min(2, menuBar.getMenus().size()), server.menu());
        toolBar.addGroup(server.toolbarItems());
        tree.getContextMenu().getItems().addAll(server.treeItems(vm));
    }

    /** Puts {@code notes} (shutdowns under way, changes pending restart) above the disc table. */
    public void addAboveTable(Node notes) {
        discPane.addAboveTable(notes);
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

    /**
     * A drawer under the tree and the table (the Activity panel), shown while {@code open} is
     * true; the View menu toggles it with {@code key}. The divider between them can be dragged.
     * The drawer is built the first time it opens: nothing of it is made for the first frame.
     */
    public void addDrawer(String menuText, KeyCombination key, Supplier<? extends Node> builder, BooleanProperty open) {
        if (drawers == null) {
            drawers = new SplitPane(results);
            drawers.setOrientation(Orientation.VERTICAL);
            setCenter(drawers);
        }
        SplitPane outer = drawers;
        Node[] built = new Node[1];
        java.util.function.Consumer<Boolean> place = isOpen -> {
            if (isOpen && built[0] == null) {
                built[0] = builder.get();
            }
            Node drawer = built[0];
            if (isOpen && !outer.getItems().contains(drawer)) {
                outer.getItems().add(drawer);
                outer.setDividerPositions(outer.getItems().size() == 2 ? 0.62 : 0.5, 0.75);
            } else if (!isOpen && drawer != null) {
                outer.getItems().remove(drawer);
            }
        };
        open.addListener((o, was, isOpen) -> place.accept(isOpen));
        place.accept(open.get());
        menuBar.addViewToggle(menuText, key, open);
    }

    /** Puts a feature's pane about the selected disc (its backups) under the disc table. */
    public void addBelowTable(Node pane) {
        discPane.addBelowTable(pane);
    }

    /** Adds a feature's item at the end of a menu of the menu bar, by the menu's text ("_View"). */
    public void addMenuItem(String menu, MenuItem item) {
        menuBar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst()
                .ifPresent(m -> m.getItems().add(item));
    }

    public void focusFilter() {
        serverPane.filter().focusAndSelect();
    }
}
