/**
 * The JavaFX views of the disc dialogs, and {@link org.bigvdm.ui.dialogs.view.FxDiscDialogs}, the
 * real {@link org.bigvdm.ui.dialogs.DiscDialogs}. Views only build controls and bind them to a
 * ViewModel from {@code org.bigvdm.ui.dialogs}: no rules, no API calls, no parsing here.
 * Nothing outside the UI layer may depend on this package.
 */
package org.bigvdm.ui.dialogs.view;
