/**
 * The sign-in dialog. {@link org.bigvdm.ui.signin.SignInViewModel} holds the state and uses only
 * {@code javafx.beans}, {@code ui.form} and the {@link org.bigvdm.service.session.SessionService},
 * which does the requests, saves the token and remembers the choice; so it is tested without a
 * screen. Its rules live in small package-private helpers: {@code SignInInputCheck} (what is
 * wrong with the input), {@code SignInFailures} (how a failure shows), {@code SignInForm} (the
 * shown state) and {@code SignInMessages} (the words). {@code SignInView} and {@link
 * org.bigvdm.ui.signin.SignInDialog} only lay out controls in the shared dialog frame; the app
 * asks for a sign-in through {@link org.bigvdm.ui.signin.SignInDialogs}. No settings, token
 * storage or API client here; no message contains a password or token.
 */
package org.bigvdm.ui.signin;
