package org.bigvdm.ui.main;

/**
 * What the main window asks of whoever manages the account: the app answers with the sign-in
 * dialog and the demo; tests answer it directly.
 */
public interface AccountActions {
    /** Shows the sign-in dialog; on success the app reads the new account's estate. */
    void signIn();

    /** Forgets the saved token and goes back to the demo. */
    void signOut();

    /** Leaves the current account for the demo (from the bytemark tool's banner). */
    void tryDemo();
}
