package org.bigvdm.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.move.MoveDialogs;
import org.bigvdm.ui.move.MovePickerDialog;
import org.bigvdm.ui.move.MovePickerViewModel;
import org.bigvdm.ui.power.PowerDialogs;

/** The power and move questions as modal dialogs over the main window. FX thread only. */
final class FxPowerDialogs implements PowerDialogs, MoveDialogs {
    private final Window owner;

    FxPowerDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(Confirmation c) {
        ButtonType act = new ButtonType(c.actionText(), ButtonBar.ButtonData.OK_DONE);
        StringBuilder text = new StringBuilder(c.detail());
        if (c.servers().size() > 1) {
            text.append("\n\n").append(String.join("\n", c.servers().stream().map(s -> "  • " + s).toList()));
        }
        if (c.warning() != null) {
            text.append("\n\n").append(c.warning());
        }
        Map<ButtonType, String> ids = new java.util.HashMap<>(Map.of(act, "confirmPower", ButtonType.CANCEL,
                "cancelPower"));
        ButtonType copy = new ButtonType("Copy as command", ButtonBar.ButtonData.LEFT);
        if (c.command() != null) {
            ids.put(copy, "copyPowerCommand");
        }
        Alert alert = alert(c.danger() ? Alert.AlertType.WARNING : Alert.AlertType.CONFIRMATION, c.title(),
                c.question(), text.toString(), ids);
        if (c.command() != null) {
            // copies what the action would send, and leaves the question open
            DialogShell.copiesCommand((Button) alert.getDialogPane().lookupButton(copy),
                    () -> Optional.of(c.command()), c.actionText());
        }
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    @Override
    public HardStopChoice offerHardStop(String serverName, Duration waited, boolean restarting) {
        ButtonType stop = new ButtonType("Stop now", ButtonBar.ButtonData.OTHER);
        ButtonType wait = new ButtonType("Keep waiting", ButtonBar.ButtonData.OK_DONE);
        ButtonType leave = new ButtonType("Leave it running", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, "Still running", serverName + " did not power off in "
                        + waited.toSeconds() + " s",
                "The guest may be busy, or may ignore the shutdown signal. A hard stop powers it off at once,"
                        + " like pulling the plug: what it had not written to disc is lost."
                        + (restarting ? " It is then started again." : ""),
                Map.of(stop, "hardStopNow", wait, "keepWaiting", leave, "leaveRunning"));
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.filter(stop::equals).isPresent()) {
            return HardStopChoice.STOP_NOW;
        }
        return chosen.filter(wait::equals).isPresent() ? HardStopChoice.KEEP_WAITING : HardStopChoice.LEAVE;
    }

    @Override
    public Optional<ServerEntry> pickTarget(MovePickerViewModel picker) {
        Dialog<ServerEntry> dialog = MovePickerDialog.create(picker);
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }

    @Override
    public boolean offerShutdown(String reason, List<String> running) {
        ButtonType shut = new ButtonType(running.size() == 1 ? "Shut down " + running.get(0) : "Shut them down",
                ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Move disc", reason,
                "Shut down " + String.join(" and ", running) + " cleanly now, and move the disc once "
                        + (running.size() == 1 ? "it is" : "they are") + " off? You can stop waiting at any time.",
                Map.of(shut, "shutDownForMove", ButtonType.CANCEL, "cancelMove"));
        return alert.showAndWait().filter(shut::equals).isPresent();
    }

    @Override
    public void explain(String title, String reason) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, title, reason, Map.of(ButtonType.OK, "explainOk"));
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, Map<ButtonType, String> ids) {
        Alert alert = new Alert(type, text, ids.keySet().toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        ids.forEach((button, id) -> ((Button) alert.getDialogPane().lookupButton(button)).setId(id));
        return alert;
    }
}
