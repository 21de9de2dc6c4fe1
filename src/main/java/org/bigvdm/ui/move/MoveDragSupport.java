package org.bigvdm.ui.move;

import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;

/**
 * Drag a disc row onto a server in the tree to move it there. While dragging, servers the disc
 * may go to are highlighted (in the warning colour when running servers must be shut down
 * first, which a drop offers), the others dimmed, and the one under the pointer says in a tooltip
 * what a drop does or why not. Escape cancels. A press-drag-release inside the window (no system
 * drag and drop: nothing leaves the app). Only binds to {@link MoveViewModel}.
 */
public final class MoveDragSupport {
    private static final PseudoClass ALLOWED = PseudoClass.getPseudoClass("move-allowed");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("move-refused");
    private static final PseudoClass SHUTDOWN = PseudoClass.getPseudoClass("move-after-shutdown");

    private final MoveViewModel vm;
    private final TreeView<TreeNode> tree;
    private final Tooltip hint = new Tooltip();

    private MoveDragSupport(MoveViewModel vm, TreeView<TreeNode> tree) {
        this.vm = vm;
        this.tree = tree;
        hint.setId("moveHint");
    }

    public static void install(MoveViewModel vm, TableView<DiscRow> table, TreeView<TreeNode> tree) {
        MoveDragSupport d = new MoveDragSupport(vm, tree);
        tree.getStylesheets().add(MoveDragSupport.class.getResource("/org/bigvdm/ui/power.css").toExternalForm());
        table.addEventHandler(MouseEvent.DRAG_DETECTED, e -> {
            TableRow<?> row = ancestor(e.getPickResult().getIntersectedNode(), TableRow.class);
            if (row != null && row.getItem() instanceof DiscRow disc && vm.startDrag(disc)) {
                table.startFullDrag();
                d.markTargets();
                e.consume();
            }
        });
        EventHandler<MouseEvent> over = e -> d.over(e);
        tree.addEventFilter(MouseDragEvent.MOUSE_DRAG_OVER, over::handle);
        tree.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            TreeCell<?> cell = ancestor(e.getPickResult().getIntersectedNode(), TreeCell.class);
            d.end();
            if (cell != null && cell.getItem() instanceof TreeNode node) {
                vm.dropOn(node.key());
            }
        });
        tree.addEventFilter(MouseDragEvent.MOUSE_DRAG_EXITED, e -> d.hint.hide());
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (vm.draggingProperty().get() != null) {
                // released outside the tree (the tree's own release runs first when over it)
                javafx.application.Platform.runLater(() -> {
                    vm.cancelDrag();
                    d.end();
                });
            }
        });
        EventHandler<KeyEvent> escape = k -> {
            if (k.getCode() == KeyCode.ESCAPE && vm.draggingProperty().get() != null) {
                vm.cancelDrag();
                d.end();
                k.consume();
            }
        };
        // the tooltip is a window of its own: it may hold the keyboard while it shows
        d.hint.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        table.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
        });
    }

    private void over(MouseEvent e) {
        if (vm.draggingProperty().get() == null) {
            return;
        }
        markTargets();
        TreeCell<?> cell = ancestor(e.getPickResult().getIntersectedNode(), TreeCell.class);
        if (cell == null || !(cell.getItem() instanceof TreeNode node)) {
            hint.hide();
            return;
        }
        hint.setText(vm.dropHint(node.key()));
        Point2D at = cell.localToScreen(cell.getWidth() * 0.6, cell.getHeight());
        if (at != null) {
            hint.show(cell, at.getX(), at.getY());
        }
    }

    /** Highlights every visible server cell the disc may go to, and dims the others. */
    private void markTargets() {
        for (Node n : tree.lookupAll(".tree-cell")) {
            if (n instanceof TreeCell<?> cell) {
                boolean server = cell.getItem() instanceof TreeNode node && node.kind() == TreeNode.Kind.SERVER;
                String key = server ? ((TreeNode) cell.getItem()).key() : null;
                boolean allowed = server && vm.whyNotDropOn(key) == null;
                boolean shutdownFirst = allowed && vm.needsShutdownFirst(key);
                cell.pseudoClassStateChanged(ALLOWED, allowed && !shutdownFirst);
                cell.pseudoClassStateChanged(SHUTDOWN, shutdownFirst);
                cell.pseudoClassStateChanged(REFUSED, server && !allowed);
            }
        }
    }

    private void end() {
        hint.hide();
        for (Node n : tree.lookupAll(".tree-cell")) {
            n.pseudoClassStateChanged(ALLOWED, false);
            n.pseudoClassStateChanged(REFUSED, false);
            n.pseudoClassStateChanged(SHUTDOWN, false);
        }
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (type.isInstance(n)) {
                return type.cast(n);
            }
        }
        return null;
    }
}
