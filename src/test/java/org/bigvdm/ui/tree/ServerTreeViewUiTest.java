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
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.testutil.GeneratedEstates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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

    @Test
    void clearingAfterAServerChangedWhileHiddenShowsItsNewNodeAndSelectsItsItem(FxRobot robot) {
        robot.interact(() -> vm.filterProperty().set("web"));
        VirtualMachine hiddenVm = WaitForAsyncUtils.waitForAsyncFx(5000, this::firstServerNotShown);
        String hidden = keyOf(hiddenVm);
        long vmId = hiddenVm.id();
        // the hidden server's node is made anew while the filter hides it, then the filter is cleared
        robot.interact(() -> vm.serverMarks().put(vmId, "restart pending"));
        robot.interact(() -> vm.filterProperty().set(""));
        robot.interact(() -> {
            assertThat(shape(tree.getRoot().getChildren())).isEqualTo(shapeOfNodes(vm.roots()));
            vm.selectedKeyProperty().set(hidden);
            TreeItem<TreeNode> selected = tree.getSelectionModel().getSelectedItem();
            assertThat(selected).isNotNull();
            assertThat(selected.getValue().key()).isEqualTo(hidden);
            assertThat(selected.getValue().badge()).endsWith("restart pending");
            assertThat(tree.getRow(selected)).isGreaterThanOrEqualTo(0);
        });
    }

    /** A live server of the estate that the filter hides now. */
    private VirtualMachine firstServerNotShown() {
        Map<String, TreeItem<TreeNode>> shown = new HashMap<>();
        collect(tree.getRoot(), shown);
        return estate.get().accounts().stream().flatMap(a -> a.groups().stream())
                .flatMap(g -> g.virtualMachines().stream())
                .filter(v -> !v.deleted() && !shown.containsKey(keyOf(v))).findFirst().orElseThrow();
    }

    private String keyOf(VirtualMachine vm) {
        for (Account a : estate.get().accounts()) {
            for (Group g : a.groups()) {
                if (g.virtualMachines().contains(vm)) {
                    return NodeKeys.server(a.id(), g.id(), vm.id());
                }
            }
        }
        throw new AssertionError(vm);
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
