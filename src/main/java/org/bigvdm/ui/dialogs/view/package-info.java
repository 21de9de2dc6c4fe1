/**
 * The JavaFX views of the disc dialogs, each a {@link org.bigvdm.ui.form.view.FormGrid} in the
 * shared {@link org.bigvdm.ui.form.view.DialogShell}, plus the size-and-unit row. Views only
 * build controls and bind them to a ViewModel from {@code org.bigvdm.ui.dialogs}: no rules, no
 * service calls, no parsing here. Nothing outside the UI layer and the app may depend on it.
 */
package org.bigvdm.ui.dialogs.view;
