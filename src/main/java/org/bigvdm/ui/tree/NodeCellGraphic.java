package org.bigvdm.ui.tree;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The row content of a tree cell: icon, name, badge. Reused across updates.
 *
 * <p>Few nodes and no style-class changes: a filter keystroke re-indexes every visible cell and
 * the virtual flow re-runs CSS on each node of each cell (hidden ones too), so at 10,000 servers
 * the node count per cell was most of the keystroke's layout pulse. One icon changes its glyph,
 * and kind and power are pseudo-classes (a CSS update, where a style class is a full re-match).
 */
final class NodeCellGraphic extends HBox {
    static final PseudoClass POWER_ON = PseudoClass.getPseudoClass("power-on");
    static final PseudoClass POWER_OFF = PseudoClass.getPseudoClass("power-off");
    static final PseudoClass POWER_DELETED = PseudoClass.getPseudoClass("power-deleted");
    static final PseudoClass NO_POWER = PseudoClass.getPseudoClass("node-icon");
    /** On the title: an account's name is bold, a deleted server's struck through. */
    static final PseudoClass ACCOUNT = PseudoClass.getPseudoClass("account");
    static final PseudoClass DELETED = PseudoClass.getPseudoClass("deleted");

    private final Label title = new Label();
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final FontIcon icon = new FontIcon();
    private TreeNode shown;

    NodeCellGraphic() {
        super(6);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "node-badge");
        title.getStyleClass().add("node-title");
        icon.getStyleClass().add("node-cell-icon");
        getStyleClass().add("node-cell");
        getChildren().addAll(icon, title, spacer, badge);
        setAlignment(Pos.CENTER_LEFT);
    }

    void show(TreeNode node) {
        // Only what changed is touched: each change costs a CSS update of the node in every cell
        if (shown == null || shown.kind() != node.kind() || shown.power() != node.power()) {
            Ikon glyph = ikonFor(node);
            if (icon.getIconCode() != glyph) {
                icon.setIconCode(glyph);
            }
            TreeNode.Power power = node.power();
            icon.pseudoClassStateChanged(POWER_ON, power == TreeNode.Power.ON);
            icon.pseudoClassStateChanged(POWER_OFF, power == TreeNode.Power.OFF);
            icon.pseudoClassStateChanged(POWER_DELETED, power == TreeNode.Power.DELETED);
            icon.pseudoClassStateChanged(NO_POWER, power == TreeNode.Power.NONE);
            title.pseudoClassStateChanged(DELETED, power == TreeNode.Power.DELETED);
            title.pseudoClassStateChanged(ACCOUNT, node.kind() == TreeNode.Kind.ACCOUNT);
        }
        if (!node.title().equals(title.getText())) {
            title.setText(node.title());
        }
        if (!node.badge().equals(badge.getText())) {
            badge.setText(node.badge());
        }
        if (!node.tooltip().equals(tooltip.getText())) {
            tooltip.setText(node.tooltip());
        }
        shown = node;
    }

    Tooltip tooltip() {
        return tooltip;
    }

    static Ikon ikonFor(TreeNode node) {
        return switch (node.kind()) {
            case ACCOUNT -> MaterialDesignA.ACCOUNT_BOX_OUTLINE;
            case GROUP -> MaterialDesignF.FOLDER_OUTLINE;
            case SERVER -> node.power() == TreeNode.Power.DELETED ? MaterialDesignS.SERVER_REMOVE
                    : node.power() == TreeNode.Power.ON ? MaterialDesignS.SERVER : MaterialDesignS.SERVER_OFF;
        };
    }
}
