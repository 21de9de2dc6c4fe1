/**
 * The four disc dialogs' ViewModels (create, resize, relabel, purge) and what they share:
 * {@link org.bigvdm.ui.dialogs.ServerContext}, size parsing, the common {@link
 * org.bigvdm.ui.dialogs.DiscDialogViewModel} base (which sends through the change service),
 * and the {@link org.bigvdm.ui.dialogs.DiscDialogs} port the main window opens them through.
 *
 * <p>May use {@code javafx.beans} and {@code javafx.collections}, {@code api.model}, the service
 * layer and {@code ui.form}. May not use {@code javafx.scene}, {@code javafx.stage}, the API
 * clients or their exceptions, or anything in {@code view}: the ViewModels are tested without a
 * JavaFX toolkit. Views live in {@code org.bigvdm.ui.dialogs.view}.
 */
package org.bigvdm.ui.dialogs;
