package org.bigvdm.ui.signin;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.bigvdm.service.session.SignInResult;

/**
 * {@link SignInView} in a dialog. "Sign in" (also Enter) asks the ViewModel and keeps the
 * dialog open until it has an answer; it is disabled while the ViewModel says it cannot submit.
 * Cancel (also Escape) drops a running attempt. The dialog's result is the {@link SignInResult}.
 */
public final class SignInDialog extends Dialog<SignInResult> {
    public static final ButtonType SIGN_IN = new ButtonType("Sign in", ButtonData.OK_DONE);

    public SignInDialog(SignInViewModel vm) {
        setTitle("Sign in – BigV Disc Manager");
        setHeaderText("Sign in to manage your servers' discs");
        SignInView view = new SignInView(vm);
        getDialogPane().setContent(view);
        getDialogPane().getButtonTypes().setAll(SIGN_IN, ButtonType.CANCEL);

        Button signIn = (Button) getDialogPane().lookupButton(SIGN_IN);
        signIn.disableProperty().bind(vm.canSubmitProperty().not());
        signIn.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // stay open: the answer arrives later through resultProperty
            vm.submit();
        });
        vm.resultProperty().addListener((o, old, signedIn) -> {
            if (signedIn != null) {
                setResult(signedIn); // a non-null result closes the dialog
            }
        });
        setResultConverter(button -> button == SIGN_IN ? vm.getResult() : null);
        setOnHidden(e -> {
            if (vm.getResult() == null) {
                vm.cancel();
            }
        });
        setOnShown(e -> Platform.runLater(view::focusFirstEmptyField));
        setResizable(true);
        // rows appear and vanish (custom URLs, 2FA, errors): let the window follow the content
        javafx.beans.InvalidationListener refit = o -> Platform.runLater(this::fitToContent);
        for (javafx.beans.Observable shape : new javafx.beans.Observable[] {vm.endpointChoiceProperty(),
                vm.useApiKeyProperty(), vm.codeRequiredProperty(), vm.busyProperty(), vm.noticeProperty(),
                vm.generalErrorProperty(), vm.usernameErrorProperty(), vm.passwordErrorProperty(),
                vm.brainUrlErrorProperty(), vm.authUrlErrorProperty(), vm.apiKeyErrorProperty(),
                vm.codeErrorProperty()}) {
            shape.addListener(refit);
        }
    }

    private void fitToContent() {
        if (isShowing() && getDialogPane().getScene() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
