package org.bigvdm.ui.power;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bigvdm.service.change.ServerPower;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Above the disc table: a line per shutdown or restart under way ("waiting for db1 to power off,
 * 12 s", with Stop waiting), and the selected server's "changes pending restart" note with its
 * button and, after a grow, the guest commands with Copy. Only binds.
 */
public final class PowerNotesView extends VBox {
    private final VBox waits = new VBox(4);

    public PowerNotesView(PowerViewModel power, PendingRestartViewModel pending) {
        super(6);
        setId("powerNotes");
        getStylesheets().add(PowerNotesView.class.getResource("/org/bigvdm/ui/power.css").toExternalForm());
        power.waits().addListener((ListChangeListener<ServerPower.Waiting>) c -> showWaits(power));
        showWaits(power);
        getChildren().addAll(waits, pendingNote(pending));
    }

    private void showWaits(PowerViewModel power) {
        waits.getChildren().setAll(power.waits().stream().map(PowerNotesView::waitRow).toList());
        waits.setVisible(!power.waits().isEmpty());
        waits.setManaged(waits.isVisible());
    }

    private static Node waitRow(ServerPower.Waiting w) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        Label text = new Label();
        text.textProperty().bind(w.messageProperty());
        Hyperlink cancel = new Hyperlink("Stop waiting");
        cancel.setId("stopWaiting");
        cancel.setTooltip(new Tooltip("Stop waiting for " + w.server().name()
                + (w.restart() ? "; it is not started again" : "") + ". Nothing more is sent."));
        cancel.setOnAction(e -> w.cancel());
        HBox row = new HBox(8, spinner, text, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("power-note", "power-wait");
        row.setPadding(new Insets(4, 8, 4, 8));
        return row;
    }

    private static Node pendingNote(PendingRestartViewModel vm) {
        Label note = new Label();
        note.setId("pendingRestartNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(vm.noteProperty());
        note.setGraphic(new FontIcon(MaterialDesignR.RESTART_ALERT));
        Button act = new Button();
        act.setId("restartNow");
        act.textProperty().bind(vm.actionTextProperty());
        act.getStyleClass().add(Styles.SMALL);
        act.setMinWidth(Region.USE_PREF_SIZE);
        act.setOnAction(e -> vm.act());
        var why = vm.whyNoActionProperty();
        act.disableProperty().bind(Bindings.isNotNull(why));
        StackPane actHolder = new StackPane(act);
        actHolder.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> why.get() == null
                ? "Shut the server down cleanly and start it again" : why.get(), why));
        Tooltip.install(actHolder, tip);
        Region spacer = new Region();
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox top = new HBox(8, note, spacer, actHolder);
        top.setAlignment(Pos.CENTER_LEFT);

        TextArea commands = new TextArea();
        commands.setId("guestCommands");
        commands.setEditable(false);
        commands.setPrefRowCount(5);
        commands.setMinHeight(Region.USE_PREF_SIZE);
        commands.getStyleClass().add("guest-commands");
        commands.textProperty().bind(vm.commandsProperty());
        Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyGuestCommands");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(e -> vm.copyCommands());
        HBox.setHgrow(commands, Priority.ALWAYS);
        HBox commandRow = new HBox(8, commands, copy);
        commandRow.visibleProperty().bind(vm.commandsProperty().isNotEmpty());
        commandRow.managedProperty().bind(commandRow.visibleProperty());

        VBox box = new VBox(6, top, commandRow);
        box.getStyleClass().addAll("power-note", "pending-restart");
        box.setPadding(new Insets(6, 8, 6, 8));
        box.visibleProperty().bind(vm.visibleProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
