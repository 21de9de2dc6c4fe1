/**
 * The four disc dialogs' ViewModels (create, resize, relabel, purge) and what they share:
 * {@link org.bigvdm.ui.dialogs.ServerContext}, size parsing and formatting, the common
 * {@link org.bigvdm.ui.dialogs.DiscDialogViewModel} base, and the {@link
 * org.bigvdm.ui.dialogs.DiscDialogs} port the main window opens them through.
 *
 * <p>May use {@code javafx.beans} and {@code javafx.collections}, the API and the service layer.
 * May not use {@code javafx.scene}, {@code javafx.stage} or anything in {@code view}: the
 * ViewModels are tested without a JavaFX toolkit. Views live in {@code org.bigvdm.ui.dialogs.view}.
 */
package org.bigvdm.ui.dialogs;
