package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The main window's first frame: its menu bar, the toolbar's row, the filter over the tree's area,
 * the disc area and the status bar, where {@link MainWindow} will put them. It is on screen while
 * the real window is built, one pulse later, in its place; that build (every control, the icons,
 * a CSS pass over a few hundred nodes) took most of the time before anything was drawn. Nothing
 * in it works yet, so nothing in it takes input: it only shows the window sooner.
 */
public final class WindowSkeleton extends BorderPane {

    /** @param treeShare the tree's share of the width, as the real window will have it */
    public WindowSkeleton(double treeShare) {
        setId("windowSkeleton");
        MenuBar menus = new MenuBar();
        MenuTitles.IN_ORDER.forEach(title -> menus.getMenus().add(new Menu(title)));
        // an invisible button gives the empty toolbar the height the real one's buttons give it
        Button sizer = new Button("Add disc");
        sizer.setVisible(false);
        setTop(new VBox(menus, new ToolBar(sizer)));

        TextField filter = new TextField();
        filter.setPromptText(FilterField.PROMPT);
        filter.setEditable(false);
        filter.setFocusTraversable(false);
        // ControlsFX's padding for its CustomTextField (a third of an em above and below), which
        // the real filter is: the theme's own for text fields is taller
        double em = Font.getDefault().getSize();
        filter.setPadding(new Insets(em / 3, em * 0.583, em / 3, em * 0.583));
        Label reading = new Label(ServerPane.READING);
        reading.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane treeArea = new StackPane(reading);
        treeArea.getStyleClass().add("tree-view");
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        VBox treeSide = new VBox(6, filter, treeArea);
        treeSide.setPadding(ServerPane.PADDING);

        StackPane discArea = new StackPane();
        discArea.getStyleClass().add("table-view");
        VBox.setVgrow(discArea, Priority.ALWAYS);
        VBox discSide = new VBox(6, DiscPane.heading(), discArea);
        discSide.setPadding(DiscPane.PADDING);

        SplitPane split = new SplitPane(treeSide, discSide);
        split.setDividerPositions(treeShare);
        SplitPane.setResizableWithParent(treeSide, false);
        setCenter(split);

        ToggleButton statusSizer = StatusBar.autoRefreshToggle();
        statusSizer.setVisible(false);
        HBox status = new HBox(statusSizer);
        status.getStyleClass().add("status-bar");
        status.setPadding(StatusBar.PADDING);
        setBottom(status);
        setMouseTransparent(true);
    }
}
