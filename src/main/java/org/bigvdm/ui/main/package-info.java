/**
 * The main window: {@link org.bigvdm.ui.main.MainViewModel} (state, commands, why an action is
 * off; javafx.beans only) and {@link org.bigvdm.ui.main.MainWindow} (layout, menus, shortcuts,
 * status bar; binds only).
 */
package org.bigvdm.ui.main;
