package org.bigvdm.ui.dialogs.view;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.bigvdm.api.model.Disc;
import org.bigvdm.ui.dialogs.DiscDialogViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame every disc dialog shares: title, the form, a busy indicator with the general
 * error, and OK/Cancel bound to the ViewModel. OK submits without closing; the dialog closes
 * itself once the ViewModel has the server's answer. Enter is OK, Escape is Cancel.
 */
final class DialogShell {
    private DialogShell() {
    }

    /** How the OK button looks: its text, icon, and whether it destroys something. */
    record Action(String text, String icon, boolean destructive) {
    }

    static Dialog<Disc> wrap(DiscDialogViewModel<Disc> vm, String title, String header,
                             Node form, Node firstFocus, Action action, Observable... growOn) {
        Dialog<Disc> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType okType = new ButtonType(action.text(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(okType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(12, form, statusRow(vm)));
        // what was sent is what the user saw: no edits while the request is on its way
        form.disableProperty().bind(vm.busyProperty());
        FocusKeeper.keepAcross(dialog.getDialogPane(), vm.busyProperty());

        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId("ok");
        ok.setGraphic(new FontIcon(action.icon()));
        ok.getStyleClass().add(action.destructive() ? Styles.DANGER : Styles.ACCENT);
        ok.disableProperty().bind(vm.canSubmitProperty().not());
        // OK sends; closing waits for the answer, so a failure keeps the dialog and its input
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit();
        });

        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("cancel");
        cancel.disableProperty().bind(vm.busyProperty());
        // after an unknown outcome the only way on is to close and look at the re-read list
        cancel.textProperty().bind(Bindings.when(vm.outcomeUnknownProperty()).then("Close").otherwise("Cancel"));
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            }
        });

        dialog.setResultConverter(button -> vm.resultProperty().get());
        vm.doneProperty().addListener((o, was, done) -> {
            if (done) {
                dialog.setResult(vm.resultProperty().get());
                dialog.close();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(firstFocus::requestFocus));
        // messages appear after the window was sized: let it grow so no line is cut off
        InvalidationListener refit = o -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
        vm.generalErrorProperty().addListener(refit);
        vm.blockedReasonProperty().addListener(refit);
        for (Observable o : growOn) {
            o.addListener(refit);
        }
        return dialog;
    }

    private static Node statusRow(DiscDialogViewModel<Disc> vm) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());

        Label blocked = FormGrid.errorLabel(vm.blockedReasonProperty(), "blocked-reason");
        Label general = FormGrid.errorLabel(vm.generalErrorProperty(), "general-error");
        general.setMaxWidth(520);
        return new HBox(8, progress, new VBox(4, blocked, general));
    }
}
