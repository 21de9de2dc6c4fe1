/**
 * Start-up and composition: the Launcher (and {@code --simulator}), the Application, and
 * {@link org.bigvdm.app.AppAssembly}, which wires the session, services, ViewModels, views and
 * dialogs together. The only package that may know every other one; nothing depends on it.
 */
package org.bigvdm.app;
