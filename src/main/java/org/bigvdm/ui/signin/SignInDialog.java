package org.bigvdm.ui.signin;

import javafx.scene.control.Dialog;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;

/**
 * {@link SignInView} in the shared dialog frame. "Sign in" (also Enter) asks the ViewModel and
 * keeps the dialog open until it has an answer; it is off while the ViewModel says it cannot
 * submit. Cancel (also Escape) drops a running attempt. The result is the {@link SignInResult}.
 */
public final class SignInDialog {
    private SignInDialog() {
    }

    public static Dialog<SignInResult> create(SignInViewModel vm) {
        SignInView view = new SignInView(vm);
        // it may open over a disc dialog: its own ids, so the two never share one
        Look look = Look.of("Sign in – BigV Disc Manager", "Sign in to manage your servers' discs", "Sign in")
                .standalone("signIn-", "Signing in…");
        // rows appear and vanish (custom URLs, 2FA, messages): the window follows the content
        return DialogShell.wrap(vm, look, view.node(), view::focusFirstEmptyField, vm.endpointChoiceProperty(),
                vm.useApiKeyProperty(), vm.codeRequiredProperty(), vm.noticeProperty(), vm.usernameErrorProperty(),
                vm.passwordErrorProperty(), vm.brainUrlErrorProperty(), vm.authUrlErrorProperty(),
                vm.apiKeyErrorProperty(), vm.codeErrorProperty());
    }
}
