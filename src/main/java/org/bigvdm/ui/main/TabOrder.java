package org.bigvdm.ui.main;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab in the main window go the way the user works: filter, tree, table, then the
 * toolbar's buttons and the status bar's. JavaFX would follow the layout (toolbar first, so the
 * third Tab stop was Auto-refresh). Controls that are off or hidden are skipped.
 */
final class TabOrder implements EventHandler<KeyEvent> {
    /** The work area first; then every button of the toolbar, the banners and the status bar, in that order. */
    static final List<String> HEAD = List.of("#filterField", "#serverTree", "#discTable");
    static final List<String> BARS = List.of(".tool-bar", ".banner", ".status-bar");
    private final Parent window;

    TabOrder(Parent window) {
        this.window = window;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || window.getScene() == null) {
            return;
        }
        List<Node> stops = stops();
        Node owner = window.getScene().getFocusOwner();
        int at = indexOf(stops, owner);
        if (at < 0 || stops.isEmpty()) {
            return;   // somewhere else (the menu bar): JavaFX's own order
        }
        int next = Math.floorMod(at + (e.isShiftDown() ? -1 : 1), stops.size());
        stops.get(next).requestFocus();
        e.consume();
    }

    private List<Node> stops() {
        List<Node> candidates = new ArrayList<>();
        for (String id : HEAD) {
            Node n = window.lookup(id);
            if (n != null) {
                candidates.add(n);
            }
        }
        for (String bar : BARS) {
            for (Node b : window.lookupAll(bar)) {
                candidates.addAll(b.lookupAll(".button"));
                candidates.addAll(b.lookupAll(".toggle-button"));
            }
        }
        List<Node> out = new ArrayList<>();
        for (Node n : candidates) {
            if (!out.contains(n) && n.isFocusTraversable() && !n.isDisabled() && shown(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || !p.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(List<Node> stops, Node owner) {
        for (Node n = owner; n != null; n = n.getParent()) {
            int i = stops.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
