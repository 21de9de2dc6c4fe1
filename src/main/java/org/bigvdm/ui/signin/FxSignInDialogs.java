package org.bigvdm.ui.signin;

import java.util.Optional;
import javafx.stage.Window;

/** Shows the real {@link SignInDialog} over the main window and waits for it. FX thread only. */
public final class FxSignInDialogs implements SignInDialogs {
    private final Window owner;

    /** @param owner the window to centre on, or null before the main window exists */
    public FxSignInDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<SignInResult> showSignIn(SignInViewModel vm) {
        if (vm.getResult() != null) {
            // signing in again (session expired): start clean. Otherwise keep any message
            // from resumeSavedSession, e.g. "Could not reach …", for the user to see.
            vm.reset();
        }
        SignInDialog dialog = new SignInDialog(vm);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog.showAndWait();
    }
}
