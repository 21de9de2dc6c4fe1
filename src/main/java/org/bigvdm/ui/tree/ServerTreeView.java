package org.bigvdm.ui.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.bigvdm.service.IdentityLists;
import org.bigvdm.service.NodeKeys;

/**
 * The tree of accounts, groups and servers. It only binds: the ViewModel builds {@link TreeNode}s
 * and this View reconciles them into TreeItems by key, reusing items so that a refresh keeps
 * expansion, selection and scroll position and does not flicker.
 */
public final class ServerTreeView extends TreeView<TreeNode> {
    private final ServerTreeViewModel viewModel;
    private final TreeItem<TreeNode> hiddenRoot = new TreeItem<>();
    /**
     * The items of every node shown since the filter was last empty, shown or hidden now: a
     * keystroke that shows 10,000 servers again reuses their items instead of making (and
     * expanding, and styling) new ones. Pruned to the shown ones when nothing is filtered.
     */
    private final Map<String, NodeItem> itemsByKey = new HashMap<>();
    private boolean reconciling;
    /** The roots last synced: {@link #hiddenRoot}'s children are their items, in order. */
    private List<TreeNode> syncedRoots = List.of();

    /** A tree item that remembers the node it last showed with its children, to skip it when unchanged. */
    private static final class NodeItem extends TreeItem<TreeNode> {
        private TreeNode synced;
        /**
         * The children nodes and their items of the last sync with nothing filtered: clearing
         * the filter brings back these same node objects in this order, so the ones that return
         * are found by position instead of a key lookup each (~8,600 at 10,000 servers).
         */
        private List<TreeNode> allNodes = List.of();
        private List<TreeItem<TreeNode>> allItems = List.of();

        NodeItem(TreeNode node) {
            super(node);
        }
    }

    public ServerTreeView(ServerTreeViewModel viewModel) {
        this.viewModel = viewModel;
        setId("serverTree");
        // the root is the "All accounts" node, shown once there is an account under it
        hiddenRoot.setExpanded(true);
        hiddenRoot.valueProperty().bind(viewModel.allNodeProperty());
        setShowRoot(false);
        setRoot(hiddenRoot);
        setCellFactory(tv -> new ServerTreeCell());
        getStyleClass().add("server-tree");

        reconcile(viewModel.roots());
        viewModel.rootsProperty().addListener((o, a, roots) -> reconcile(roots));
        getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!reconciling) {
                viewModel.selectedKeyProperty().set(item == null || item.getValue() == null ? null : item.getValue().key());
            }
        });
        viewModel.selectedKeyProperty().addListener((o, a, key) -> selectKey(key));
    }

    private void reconcile(List<TreeNode> roots) {
        // The focus model looks up the focused row (a walk over every shown row) for each item
        // whose children change, hundreds of groups per keystroke at 10,000 servers: with no
        // focus it skips that, and the focus is put back once, after.
        TreeItem<TreeNode> focused = getFocusModel().getFocusedItem();
        getFocusModel().focus(-1);
        reconciling = true;
        try {
            syncChildren(hiddenRoot, syncedRoots, roots, viewModel.filtering());
            syncedRoots = roots;
            setShowRoot(!roots.isEmpty() || viewModel.filtering());
            if (!viewModel.filtering() && itemsByKey.size() != countNodes(roots)) {
                // all is shown: what is not shown is gone (every shown node has its item in the
                // map, so when the counts agree there is nothing to drop)
                itemsByKey.clear();
                remember(hiddenRoot.getChildren());
            }
        } finally {
            reconciling = false;
        }
        int focusedRow = focused == null ? -1 : getRow(focused);
        if (focusedRow >= 0) {
            getFocusModel().focus(focusedRow);
        }
        selectKey(viewModel.selectedKeyProperty().get());
    }

    private static int countNodes(List<TreeNode> nodes) {
        int count = nodes.size();
        for (TreeNode node : nodes) {
            if (node.kind() != TreeNode.Kind.SERVER) {
                count += countNodes(node.children());
            }
        }
        return count;
    }

    private void remember(List<TreeItem<TreeNode>> items) {
        for (TreeItem<TreeNode> item : items) {
            itemsByKey.put(item.getValue().key(), (NodeItem) item);
            remember(item.getChildren());
        }
    }

    /**
     * Makes {@code parent}'s items those of {@code nodes}. {@code before}: the nodes it was
     * synced with last, whose items are its children now in that order. A keystroke narrows or
     * widens each group's list and the ViewModel keeps its node objects, so most items are
     * found by walking {@code before} alongside, comparing references: a key lookup (and a
     * content check) per server cost most of a keystroke's reconcile at 10,000 servers.
     */
    private void syncChildren(TreeItem<TreeNode> parent, List<TreeNode> before, List<TreeNode> nodes,
                              boolean filtering) {
        ObservableList<TreeItem<TreeNode>> current = parent.getChildren();
        List<TreeNode> last = before != null && before.size() == current.size() ? before : List.of();
        // narrowing: skip ahead in the last list; widening: nodes not at j are new, look them up.
        // The skipping is bounded, so a list that is neither stays linear.
        boolean narrowing = nodes.size() <= last.size();
        NodeItem all = parent instanceof NodeItem owner ? owner : null;
        int budget = 4 * (last.size() + nodes.size());
        int j = 0;
        List<TreeItem<TreeNode>> wanted = new ArrayList<>(nodes.size());
        for (TreeNode node : nodes) {
            NodeItem item = null;
            if (j < last.size() && last.get(j) == node) {
                item = (NodeItem) current.get(j++);
            } else if (!narrowing && all != null && wanted.size() < all.allNodes.size()
                    && all.allNodes.get(wanted.size()) == node) {
                item = (NodeItem) all.allItems.get(wanted.size());
            } else if (narrowing && budget > 0) {
                int k = j + 1;
                while (k < last.size() && last.get(k) != node && --budget > 0) {
                    k++;
                }
                if (k < last.size() && last.get(k) == node) {
                    item = (NodeItem) current.get(k);
                    j = k + 1;
                }
            }
            if (item == null) {
                item = itemFor(node);
            }
            if (item.synced == node) {
                // the ViewModel kept this node: nothing in it changed since it was last synced
                if (filtering && node.kind() != TreeNode.Kind.SERVER) {
                    expandParents(item);
                }
            } else {
                if (filtering && node.kind() != TreeNode.Kind.SERVER) {
                    item.setExpanded(true);
                }
                if (!node.children().isEmpty() || !item.getChildren().isEmpty()) {
                    syncChildren(item, item.synced == null ? null : item.synced.children(), node.children(), filtering);
                }
                item.synced = node;
            }
            wanted.add(item);
        }
        if (!IdentityLists.same(current, wanted)) {
            current.setAll(wanted);
        }
        if (all != null && !filtering) {
            all.allNodes = nodes;
            all.allItems = wanted;
        }
    }

    /** The item of this node (by key), its value brought up to date; a new one if it has none. */
    private NodeItem itemFor(TreeNode node) {
        NodeItem item = itemsByKey.get(node.key());
        if (item == null) {
            item = new NodeItem(node);
            // A changed value would make the skin throw away and rebuild every cell (a CSS
            // pass over the whole visible tree per filter keystroke); cells follow their
            // item's value themselves instead (ServerTreeCell), so the event stops here.
            item.addEventHandler(TreeItem.<TreeNode>valueChangedEvent(), Event::consume);
            // accounts and groups open at first sight; later the user's choice stands
            item.setExpanded(node.kind() != TreeNode.Kind.SERVER);
            itemsByKey.put(node.key(), item);
        } else if (item.getValue() != node && !node.sameContent(item.getValue())) {
            item.setValue(node);
        }
        return item;
    }

    /** While filtering, accounts and groups are open so that every match shows. */
    private static void expandParents(TreeItem<TreeNode> item) {
        if (item.getValue().kind() != TreeNode.Kind.SERVER) {
            item.setExpanded(true);
            for (TreeItem<TreeNode> child : item.getChildren()) {
                expandParents(child);
            }
        }
    }

    /** The item is in the tree now (not one the filter hides). */
    private boolean shown(TreeItem<TreeNode> item) {
        for (TreeItem<TreeNode> p = item; p != null; p = p.getParent()) {
            if (p == hiddenRoot) {
                return true;
            }
        }
        return false;
    }

    private void selectKey(String key) {
        if (key == null && getSelectionModel().getSelectedItem() != null) {
            reconciling = true;
            try {
                getSelectionModel().clearSelection();
            } finally {
                reconciling = false;
            }
            return;
        }
        TreeItem<TreeNode> item = key == null ? null : NodeKeys.ALL.equals(key) ? hiddenRoot : itemsByKey.get(key);
        if (item == null || !shown(item) || getSelectionModel().getSelectedItem() == item) {
            return;
        }
        for (TreeItem<TreeNode> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        reconciling = true;
        try {
            getSelectionModel().select(item);
        } finally {
            reconciling = false;
        }
    }

    /** Icon, name and a muted badge; the tooltip tells the hostname and power state. */
    private static final class ServerTreeCell extends TreeCell<TreeNode> {
        private final NodeCellGraphic graphic = new NodeCellGraphic();
        private final InvalidationListener follow = o -> followValue();
        // weak: cells the skin throws away must not stay reachable from long-lived items
        private final WeakInvalidationListener valueListener =
                new WeakInvalidationListener(follow);
        private TreeItem<TreeNode> followed;

        private void followValue() {
            TreeItem<TreeNode> item = getTreeItem();
            if (item != null && !isEmpty() && item.getValue() != getItem()) {
                updateItem(item.getValue(), false);
            }
        }

        @Override
        protected void updateItem(TreeNode node, boolean empty) {
            super.updateItem(node, empty);
            TreeItem<TreeNode> item = empty ? null : getTreeItem();
            if (item != followed) {
                if (followed != null) {
                    followed.valueProperty().removeListener(valueListener);
                }
                followed = item;
                if (item != null) {
                    item.valueProperty().addListener(valueListener);
                }
            }
            // The graphic stays in the cell and is only hidden when the cell is empty: taking it
            // out and putting it back re-runs CSS on it, and filtering empties and refills cells.
            setText(null);
            if (getGraphic() != graphic) {
                setGraphic(graphic);
            }
            if (empty || node == null) {
                graphic.setVisible(false);
                setTooltip(null);
                // keeping the graphic means the skin never rebuilds this cell's children, so
                // the arrow of the item it showed before would stay: hide it (the skin shows it
                // again for the next item that has children)
                if (getDisclosureNode() != null) {
                    getDisclosureNode().setVisible(false);
                }
                return;
            }
            graphic.show(node);
            graphic.setVisible(true);
            if (getTooltip() != graphic.tooltip()) {
                setTooltip(graphic.tooltip());
            }
        }
    }
}
