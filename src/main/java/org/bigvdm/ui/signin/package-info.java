/**
 * The sign-in dialog. {@link org.bigvdm.ui.signin.SignInViewModel} holds the state and uses only
 * {@code javafx.beans}/{@code javafx.collections}, so it is tested without a screen; its rules
 * live in small package-private helpers: {@code SignInInputCheck} (what is wrong with the
 * input), {@code SignInFlow} (the requests, off the FX thread), {@code SignInFailures} (how a
 * failure shows), {@code SignInForm} and {@code SignInFieldErrors} (the shown state).
 * {@link org.bigvdm.ui.signin.SignInView} and {@link org.bigvdm.ui.signin.SignInDialog} only lay
 * out controls and bind to it; the app asks for a sign-in through
 * {@link org.bigvdm.ui.signin.SignInDialogs}. No API call, file access or rule lives in the
 * view classes; no message anywhere here contains a password or token.
 */
package org.bigvdm.ui.signin;
