/**
 * Where the app keeps things between runs: {@link org.bigvdm.settings.AppDirs} (config, log and
 * state directories), {@link org.bigvdm.settings.SettingsStore} (window and view settings as
 * JSON), {@link org.bigvdm.settings.TokenStore} (session token or API key, in the OS keyring or
 * a private file), {@link org.bigvdm.settings.BytemarkConfig} (what the official bytemark tool
 * saved) and the logging setup with secret masking.
 * <p>
 * No JavaFX at all here, and nothing from service or ui. Passwords are never stored; tokens are
 * never logged.
 */
package org.bigvdm.settings;
