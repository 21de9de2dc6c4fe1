package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.testfx.api.FxRobot;

/** The main window's tree and disc table as a TestFX test sees and clicks them. */
public final class MainWindowLookups {
    private final FxRobot robot;
    private final AppHarness app;

    public MainWindowLookups(FxRobot robot, AppHarness app) {
        this.robot = robot;
        this.app = app;
    }

    @SuppressWarnings("unchecked")
    public TreeView<TreeNode> tree() {
        return robot.lookup("#serverTree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    public TableView<DiscRow> table() {
        return robot.lookup("#discTable").queryAs(TableView.class);
    }

    public TableColumn<DiscRow, ?> column(String id) {
        return table().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    public static List<String> titles(List<TreeItem<TreeNode>> items) {
        return items.stream().map(i -> i.getValue().title()).toList();
    }

    /** Servers in the tree model (expanded or not), in order. */
    public List<String> serverTitles() {
        List<String> out = new ArrayList<>();
        collectServers(tree().getRoot(), out);
        return out;
    }

    /** The tree item with this title; fails the test when there is none. */
    public TreeItem<TreeNode> item(String title) {
        TreeItem<TreeNode> found = find(tree().getRoot(), title);
        assertThat(found).as("tree item " + title).isNotNull();
        return found;
    }

    /** Scrolls the node's row into view and clicks its cell, as a user would. */
    public void clickServer(String title) throws Exception {
        TreeItem<TreeNode> target = item(title);
        app.onFx(() -> tree().scrollTo(tree().getRow(target)));
        Node cell = robot.lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() instanceof TreeNode t
                && t.title().equals(title) && c.isVisible()).query();
        robot.clickOn(cell);
        app.waitUntil(() -> tree().getSelectionModel().getSelectedItem() == target);
    }

    /** The texts the table shows in a column, top to bottom. */
    public List<String> cellTexts(String columnId) {
        TableColumn<DiscRow, ?> col = column(columnId);
        return robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                        && c.getTableColumn() == col && c.getText() != null && !c.isEmpty())
                .queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .sorted(Comparator.comparingInt(TableCell::getIndex))
                .map(TableCell::getText).filter(Objects::nonNull).toList();
    }

    private static void collectServers(TreeItem<TreeNode> item, List<String> out) {
        for (TreeItem<TreeNode> child : item.getChildren()) {
            if (child.getValue().kind() == TreeNode.Kind.SERVER) {
                out.add(child.getValue().title());
            }
            collectServers(child, out);
        }
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, String title) {
        for (TreeItem<TreeNode> child : item.getChildren()) {
            if (child.getValue().title().equals(title)) {
                return child;
            }
            TreeItem<TreeNode> deeper = find(child, title);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    /** True while a window (a dialog) with this title shows. */
    public static boolean dialogShowing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w instanceof Stage s && title.equals(s.getTitle()));
    }
}
