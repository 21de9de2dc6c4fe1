/**
 * What every form and dialog shares, ViewModel side: {@link org.bigvdm.ui.form.FieldState} (the
 * message beside one field), {@link org.bigvdm.ui.form.FormState} (fields, the general message,
 * one request at a time with its busy flag) and {@link org.bigvdm.ui.form.DialogForm} (what the
 * dialog frame binds to). {@link org.bigvdm.ui.form.ChangeForm} is what every dialog that sends a
 * change shares (the disc and backup dialogs): sent once per click, never again by itself, and its
 * outcome shown. Used by the sign-in dialog and every disc and backup dialog.
 *
 * <p>{@code javafx.beans} and the service layer only: no scene graph, so forms are tested without
 * a toolkit. The frame and the grid are in {@code ui.form.view}.
 */
package org.bigvdm.ui.form;
