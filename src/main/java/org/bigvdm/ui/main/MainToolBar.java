package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The disc commands as buttons; each one that can be off says why in its tooltip. */
final class MainToolBar extends ToolBar {

    MainToolBar(MainActions actions) {
        Button add = button("addDiscButton", "Add disc", MaterialDesignH.HARDDISK_PLUS, actions.addDisc);
        add.getStyleClass().add(Styles.ACCENT);
        Button resize = button("resizeButton", "Resize", MaterialDesignA.ARROW_EXPAND_HORIZONTAL, actions.resize);
        Button relabel = button("relabelButton", "Relabel", MaterialDesignR.RENAME_BOX, actions.relabel);
        Button purge = button("purgeButton", "Purge", MaterialDesignD.DELETE_FOREVER_OUTLINE, actions.purge);
        purge.getStyleClass().add(Styles.DANGER);
        Button refresh = button("refreshButton", "Refresh", MaterialDesignR.REFRESH, actions.refresh);
        refresh.setTooltip(new Tooltip("Read everything again (F5)"));
        Button copy = button("copyIdButton", "Copy ID", MaterialDesignC.CONTENT_COPY, actions.copyId);
        copy.setTooltip(new Tooltip("Copy the selected disc's or server's id (Ctrl+Shift+C)"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(
                explained(add, actions.addDisc, "Add a disc to the selected server (Ctrl+N)"),
                explained(resize, actions.resize, "Make the selected disc bigger"),
                explained(relabel, actions.relabel, "Give the selected disc a new label (F2)"),
                explained(purge, actions.purge, "Destroy the selected disc and its data (Delete)"),
                new Separator(Orientation.VERTICAL),
                refresh,
                copy,
                spacer);
    }

    /** Another group of buttons, after a separator, before the space that fills the bar. */
    void addGroup(List<Node> nodes) {
        int at = getItems().size() - 1;
        getItems().add(at, new Separator(Orientation.VERTICAL));
        getItems().addAll(at + 1, nodes);
    }

    static Button button(String id, String text, Ikon icon, MenuAction action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.command().run());
        return b;
    }

    /**
     * A disabled control shows no tooltip in JavaFX, so the button sits in a holder that carries
     * the tooltip: what the button does, or why it is off right now.
     */
    static Node explained(Button b, MenuAction action, String whatItDoes) {
        ObservableStringValue disabledReason = action.disabledReason();
        b.disableProperty().bind(Bindings.isNotNull(disabledReason));
        StackPane holder = new StackPane(b);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> disabledReason.get() == null ? whatItDoes : disabledReason.get(), disabledReason));
        Tooltip.install(holder, tip);
        return holder;
    }
}
