/**
 * The views every dialog shares: {@link org.bigvdm.ui.form.view.DialogShell} (title, OK and
 * Cancel, spinner, general message, no edits while a request runs), {@link
 * org.bigvdm.ui.form.view.FormGrid} (captions, inputs and their messages) and {@code
 * FocusKeeper}, {@link org.bigvdm.ui.form.view.DialogPlacement} (a dialog clear of the selected
 * row). They only build controls and bind them to a {@link
 * org.bigvdm.ui.form.DialogForm}: no rules and no service calls here.
 */
package org.bigvdm.ui.form.view;
