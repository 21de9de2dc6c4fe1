/**
 * Power for the selected server (start, shut down, stop, restart, reset), undelete, and the
 * "changes pending restart" note: {@link org.bigvdm.ui.power.PowerViewModel} says why each action
 * is off and runs it through {@link org.bigvdm.service.change.ServerPower} (so through the change
 * service, once); {@link org.bigvdm.ui.power.PendingRestartViewModel} words the note and the
 * guest commands after a grow; {@link org.bigvdm.ui.power.PowerDialogs} is the port for the
 * confirmations and the hard-stop offer, answered by tests directly. The views ({@code
 * PowerNotesView}) only lay out and bind.
 *
 * <p>ViewModels use {@code javafx.beans} and {@code javafx.collections} only, never
 * {@code javafx.scene}, {@code api.error} or {@code settings}; nothing here sends a request
 * itself or sends one twice.
 */
package org.bigvdm.ui.power;
