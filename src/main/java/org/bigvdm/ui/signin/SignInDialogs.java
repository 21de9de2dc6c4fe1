package org.bigvdm.ui.signin;

import java.util.Optional;
import org.bigvdm.service.session.SignInResult;

/**
 * How the app asks the user to sign in. The app's shows {@link SignInDialog} and waits; tests
 * answer with a lambda.
 */
@FunctionalInterface
public interface SignInDialogs {
    /** Empty when the user cancelled. */
    Optional<SignInResult> showSignIn(SignInViewModel vm);
}
