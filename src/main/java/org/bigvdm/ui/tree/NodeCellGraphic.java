package org.bigvdm.ui.tree;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The row content of a tree cell: icon, name, badge. Reused across updates. */
final class NodeCellGraphic extends HBox {
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Tooltip tooltip = new Tooltip();
    private TreeNode shown;

    NodeCellGraphic() {
        super(6);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "node-badge");
        getStyleClass().add("node-cell");
        getChildren().addAll(new Label(), title, spacer, badge);
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
        Label iconHolder = (Label) getChildren().get(0);
        iconHolder.setGraphic(iconFor(node));
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
