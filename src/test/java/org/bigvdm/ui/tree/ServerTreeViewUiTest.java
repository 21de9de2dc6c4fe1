package org.bigvdm.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.bigvdm.service.Estate;
import org.bigvdm.testutil.GeneratedEstates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tree's items follow the ViewModel's nodes through filter keystrokes, reusing each server's item. */
@ExtendWith(ApplicationExtension.class)
class ServerTreeViewUiTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(GeneratedEstates.estate(300, 11));
    private ServerTreeViewModel vm;
    private ServerTreeView tree;

    @Start
    void start(Stage stage) {
        vm = new ServerTreeViewModel(estate);
        tree = new ServerTreeView(vm);
        stage.setScene(new Scene(tree, 400, 600));
        stage.show();
    }

    @Test
    void narrowingWideningAndReplacingTheFilterShowTheViewModelsNodesWithTheSameItems(FxRobot robot) {
        Map<String, TreeItem<TreeNode>> first = new HashMap<>();
        robot.interact(() -> collect(tree.getRoot(), first));
        for (String typed : List.of("w", "we", "web", "web2", "web", "", "d", "db", "db1", "ssd", "5", "")) {
            robot.interact(() -> vm.filterProperty().set(typed));
            robot.interact(() -> {
                assertThat(shape(tree.getRoot().getChildren())).as(typed).isEqualTo(shapeOfNodes(vm.roots()));
                Map<String, TreeItem<TreeNode>> now = new HashMap<>();
                collect(tree.getRoot(), now);
                now.forEach((key, item) -> assertThat(item).as(key).isSameAs(first.get(key)));
                if (!typed.isEmpty()) {
                    now.values().stream().filter(i -> i.getValue().kind() != TreeNode.Kind.SERVER)
                            .forEach(i -> assertThat(i.isExpanded()).isTrue());
                }
            });
        }
    }

    private static void collect(TreeItem<TreeNode> parent, Map<String, TreeItem<TreeNode>> into) {
        for (TreeItem<TreeNode> item : parent.getChildren()) {
            into.put(item.getValue().key(), item);
            collect(item, into);
        }
    }

    /** Each item's key then its children's, depth first, with its value's title. */
    private static List<String> shape(List<TreeItem<TreeNode>> items) {
        List<String> out = new ArrayList<>();
        for (TreeItem<TreeNode> item : items) {
            out.add(item.getValue().key() + " " + item.getValue().title() + " " + item.getValue().badge());
            out.add("(");
            out.addAll(shape(item.getChildren()));
            out.add(")");
        }
        return out;
    }

    private static List<String> shapeOfNodes(List<TreeNode> nodes) {
        List<String> out = new ArrayList<>();
        for (TreeNode node : nodes) {
            out.add(node.key() + " " + node.title() + " " + node.badge());
            out.add("(");
            out.addAll(shapeOfNodes(node.children()));
            out.add(")");
        }
        return out;
    }
}
