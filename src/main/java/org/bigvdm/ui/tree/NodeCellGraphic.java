package org.bigvdm.ui.tree;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The row content of a tree cell: icon, name, badge. Reused across updates. */
final class NodeCellGraphic extends HBox {
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    /**
     * The icons this cell has shown, by kind and power, kept and only made visible in turn: a new
     * icon per change ran a CSS pass on it, most of a filter keystroke's layout at 10,000 servers
     * (cells move between account, group and server rows as the tree narrows).
     */
    private final FontIcon[] icons = new FontIcon[TreeNode.Kind.values().length * TreeNode.Power.values().length];
    private final StackPane iconStack = new StackPane();
    private FontIcon shownIcon;
    private TreeNode shown;

    NodeCellGraphic() {
        super(6);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "node-badge");
        getStyleClass().add("node-cell");
        Label iconHolder = new Label();
        iconHolder.setGraphic(iconStack);
        getChildren().addAll(iconHolder, title, spacer, badge);
        setAlignment(Pos.CENTER_LEFT);
    }

    void show(TreeNode node) {
        // Only what changed is touched: new icons or style-class churn would cost a CSS pass per
        // cell, which at 1,000 servers made filter keystrokes slow.
        if (shown != null && shown.kind() == node.kind() && shown.power() == node.power()) {
            setIfChanged(node);
            shown = node;
            return;
        }
        showIcon(node);
        title.getStyleClass().removeAll("deleted-server", Styles.TEXT_BOLD);
        if (node.power() == TreeNode.Power.DELETED) {
            title.getStyleClass().add("deleted-server");
        }
        if (node.kind() == TreeNode.Kind.ACCOUNT) {
            title.getStyleClass().add(Styles.TEXT_BOLD);
        }
        setIfChanged(node);
        shown = node;
    }

    private void showIcon(TreeNode node) {
        int slot = node.kind().ordinal() * TreeNode.Power.values().length + node.power().ordinal();
        FontIcon icon = icons[slot];
        if (icon == null) {
            icon = iconFor(node);
            icons[slot] = icon;
            iconStack.getChildren().add(icon);
        }
        if (shownIcon != null && shownIcon != icon) {
            shownIcon.setVisible(false);
        }
        icon.setVisible(true);
        shownIcon = icon;
    }

    private void setIfChanged(TreeNode node) {
        if (!node.title().equals(title.getText())) {
            title.setText(node.title());
        }
        if (!node.badge().equals(badge.getText())) {
            badge.setText(node.badge());
        }
        if (!node.tooltip().equals(tooltip.getText())) {
            tooltip.setText(node.tooltip());
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }

    static FontIcon iconFor(TreeNode node) {
        FontIcon icon = switch (node.kind()) {
            case ACCOUNT -> new FontIcon(MaterialDesignA.ACCOUNT_BOX_OUTLINE);
            case GROUP -> new FontIcon(MaterialDesignF.FOLDER_OUTLINE);
            case SERVER -> new FontIcon(node.power() == TreeNode.Power.DELETED ? MaterialDesignS.SERVER_REMOVE
                    : node.power() == TreeNode.Power.ON ? MaterialDesignS.SERVER : MaterialDesignS.SERVER_OFF);
        };
        icon.getStyleClass().add(switch (node.power()) {
            case ON -> "power-on";
            case OFF -> "power-off";
            case DELETED -> "power-deleted";
            case NONE -> "node-icon";
        });
        return icon;
    }
}
