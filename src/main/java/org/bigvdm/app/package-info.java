/**
 * Start-up and composition: the Launcher (and {@code --simulator}), the Application, and
 * {@link org.bigvdm.app.AppAssembly}, the one place that builds the task runner, the API clients
 * (one HTTP client), the services, ViewModels, views and dialogs and hands each what it needs.
 * {@code AccountController} decides which account is shown (demo, saved session, the bytemark
 * tool's, a fresh sign-in) and what "sign-in needed" means. The only package that may know every
 * other one; nothing depends on it.
 */
package org.bigvdm.app;
