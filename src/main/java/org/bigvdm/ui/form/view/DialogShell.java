package org.bigvdm.ui.form.view;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.bigvdm.ui.form.DialogForm;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The frame every dialog shares: title, the form, a busy indicator with the general message,
 * and OK/Cancel bound to the {@link DialogForm}. OK sends without closing; the dialog closes
 * itself once the form has its result, so a failure keeps the dialog and its input. While a
 * request runs the form takes no edits (what was sent is what the user saw) and the keyboard
 * focus comes back where it was. Enter is OK, Escape is Cancel.
 */
public final class DialogShell {
    /** Beside the spinner while Cancel is disabled. */
    public static final String CANCEL_DISABLED_REASON =
            "Waiting for the service's answer: a request on its way cannot be called back.";

    private DialogShell() {
    }

    /**
     * How a dialog looks and names its parts.
     *
     * @param okIcon      an Ikonli icon name for OK, or null
     * @param destructive OK destroys something: it is red
     * @param idPrefix    put before the ids of OK, Cancel and the status line, so two open
     *                    dialogs never share one
     * @param busyText    words beside the spinner, or null
     */
    public record Look(String title, String header, String okText, String okIcon, boolean destructive,
                       String idPrefix, String busyText, boolean resizable) {

        /** An OK button called {@code okText}, no icon, ids as they are. */
        public static Look of(String title, String header, String okText) {
            return new Look(title, header, okText, null, false, "", null, false);
        }

        public Look withIcon(String icon, boolean isDestructive) {
            return new Look(title, header, okText, icon, isDestructive, idPrefix, busyText, resizable);
        }

        /** Words beside the spinner while a request is out ("Waiting for the service to …"). */
        public Look whileBusy(String whileBusy) {
            return new Look(title, header, okText, okIcon, destructive, idPrefix, whileBusy, resizable);
        }

        /** For a dialog that may open over another: its own ids, words while busy, resizable. */
        public Look standalone(String prefix, String whileBusy) {
            return new Look(title, header, okText, okIcon, destructive, prefix, whileBusy, true);
        }
    }

    /**
     * @param firstFocus where the cursor goes when the dialog opens
     * @param growOn     what makes the form taller (messages, rows that come and go)
     */
    public static <R> Dialog<R> wrap(DialogForm<R> form, Look look, Node content, Runnable firstFocus,
                                     Observable... growOn) {
        Dialog<R> dialog = new Dialog<>();
        dialog.setTitle(look.title());
        dialog.setHeaderText(look.header());
        dialog.setResizable(look.resizable());
        ButtonType okType = new ButtonType(look.okText(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(okType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(12, content, statusRow(form, look)));
        // what was sent is what the user saw: no edits while the request is on its way
        content.disableProperty().bind(form.busyProperty());
        FocusKeeper.keepAcross(dialog.getDialogPane(), form.busyProperty());

        Button ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId(look.idPrefix() + "ok");
        ok.textProperty().bind(Bindings.when(form.retryProperty()).then("Try again").otherwise(look.okText()));
        if (look.okIcon() != null) {
            ok.setGraphic(new FontIcon(look.okIcon()));
        }
        ok.getStyleClass().add(look.destructive() ? Styles.DANGER : Styles.ACCENT);
        ok.disableProperty().bind(Bindings.not(form.canSubmitProperty()));
        // OK sends; closing waits for the answer, so a failure keeps the dialog and its input
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            form.submit();
        });

        if (form.offersCommand()) {
            addCopyAsCommand(dialog, form, look);
        }

        Button cancel = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId(look.idPrefix() + "cancel");
        // after an unknown outcome the only way on is to close and look at the re-read list
        cancel.textProperty().bind(Bindings.when(form.lockedProperty()).then("Close").otherwise("Cancel"));
        if (!form.cancelsWhileBusy()) {
            cancel.disableProperty().bind(form.busyProperty());
            dialog.setOnCloseRequest(e -> {
                if (form.busyProperty().get()) {
                    e.consume();
                }
            });
        }
        dialog.setOnHidden(e -> {
            if (form.resultProperty().get() == null) {
                form.cancel();
            }
        });

        dialog.setResultConverter(button -> form.resultProperty().get());
        form.resultProperty().addListener((o, was, result) -> {
            if (result != null) {
                dialog.setResult(result);
                dialog.close();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(firstFocus));
        // messages appear after the window was sized: let it grow so no line is cut off
        InvalidationListener refit = o -> Platform.runLater(() -> {
            Scene scene = dialog.getDialogPane().getScene();
            Window window = scene == null ? null : scene.getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        });
        form.generalErrorProperty().addListener(refit);
        form.blockedReasonProperty().addListener(refit);
        form.busyProperty().addListener(refit);
        for (Observable o : growOn) {
            o.addListener(refit);
        }
        return dialog;
    }

    /**
     * "Copy as command", at the left of the buttons: copies what OK would send as the official
     * bytemark command and the curl request (token as $BYTEMARK_TOKEN), without sending.
     */
    private static void addCopyAsCommand(Dialog<?> dialog, DialogForm<?> form, Look look) {
        ButtonType copyType = new ButtonType("Copy as command", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(copyType);
        Button copy = (Button) dialog.getDialogPane().lookupButton(copyType);
        copy.setId(look.idPrefix() + "copy-command");
        copy.disableProperty().bind(Bindings.not(form.canSubmitProperty()));
        copiesCommand(copy, form::commandToCopy, "OK");
    }

    /**
     * Makes a dialog's button "Copy as command": on click it copies {@code command} (the bytemark
     * command and the curl request, token as $BYTEMARK_TOKEN) to the clipboard, says "Copied" for a
     * moment, and leaves the dialog open. The one copy mechanism of the dialogs.
     *
     * @param okWord the button whose action is copied, for the tooltip ("OK", "Shut down")
     */
    public static void copiesCommand(Button copy, Supplier<Optional<String>> command, String okWord) {
        copy.setGraphic(new FontIcon("mdi2c-console-line"));
        copy.setTooltip(new Tooltip("Copy the bytemark command and the curl request that do what " + okWord
                + " would send"));
        copy.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            command.get().ifPresent(text -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(text);
                Clipboard.getSystemClipboard().setContent(content);
                copy.setText("Copied");
                PauseTransition back = new PauseTransition(Duration.seconds(2));
                back.setOnFinished(x -> copy.setText("Copy as command"));
                back.play();
            });
        });
    }

    private static Node statusRow(DialogForm<?> form, Look look) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId(look.idPrefix() + "progress");
        progress.setPrefSize(18, 18);
        // Cancel is off while busy (unless the form can call its request back), and says why here:
        // a disabled button shows no tooltip
        VBox words = new VBox(2);
        if (look.busyText() != null) {
            words.getChildren().add(new Label(look.busyText()));
        }
        if (!form.cancelsWhileBusy()) {
            Label why = new Label(CANCEL_DISABLED_REASON);
            why.setId(look.idPrefix() + "cancel-disabled-reason");
            why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            words.getChildren().add(why);
        }
        HBox busy = new HBox(8, progress, words);
        for (Node shownWhileBusy : new Node[] {busy, progress}) {
            shownWhileBusy.visibleProperty().bind(form.busyProperty());
            shownWhileBusy.managedProperty().bind(form.busyProperty());
        }

        Label blocked = FormGrid.errorLabel(form.blockedReasonProperty(), look.idPrefix() + "blocked-reason");
        Label general = FormGrid.errorLabel(form.generalErrorProperty(), look.idPrefix() + "general-error");
        general.setMaxWidth(520);
        return new HBox(8, busy, new VBox(4, blocked, general));
    }
}
