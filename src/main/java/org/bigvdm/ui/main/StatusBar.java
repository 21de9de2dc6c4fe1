package org.bigvdm.ui.main;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The bottom line: who and where, when it was last read, what is running (with a way to stop a
 * slow refresh), the last notification and the auto-refresh switch.
 */
final class StatusBar extends HBox {

    static final Insets PADDING = new Insets(4, 10, 4, 10);

    StatusBar(MainViewModel vm) {
        super(14);
        Label who = new Label();
        who.setId("statusWho");
        who.textProperty().bind(Bindings.createStringBinding(
                () -> vm.whoProperty().get() + " · " + vm.whereProperty().get(), vm.whoProperty(), vm.whereProperty()));
        who.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        Label updated = new Label();
        updated.setId("statusUpdated");
        updated.textProperty().bind(vm.updatedTextProperty());

        // nothing reports how far it got, so the bar only says that something runs
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(90);
        progress.getStyleClass().add(Styles.SMALL);
        Label running = new Label();
        running.setId("statusRunning");
        running.textProperty().bind(vm.operations().summaryProperty());
        progress.visibleProperty().bind(running.textProperty().isNotEmpty());
        Hyperlink cancel = new Hyperlink("Cancel");
        cancel.setId("cancelRefresh");
        cancel.setOnAction(e -> vm.cancelRefresh());
        cancel.visibleProperty().bind(vm.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setTooltip(new Tooltip("Stop waiting for this refresh; what is shown stays"));

        ToggleButton auto = autoRefreshToggle();
        auto.setId("autoRefreshToggle");
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        auto.setTooltip(new Tooltip("Read everything again every 30 seconds"));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(who, updated, progress, running, cancel, spacer,
                new NotificationLabel(vm.notificationProperty()), auto);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(PADDING);
    }

    /** The bar's tallest part; the window's skeleton holds an invisible one for the bar's height. */
    static ToggleButton autoRefreshToggle() {
        ToggleButton auto = new ToggleButton("Auto-refresh");
        auto.getStyleClass().add(Styles.SMALL);
        return auto;
    }
}
