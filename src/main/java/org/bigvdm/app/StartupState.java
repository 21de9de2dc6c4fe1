package org.bigvdm.app;

import java.util.Optional;
import org.bigvdm.settings.AppDirs;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.SettingsStore;
import org.bigvdm.settings.TokenStore;

/**
 * Everything read from disk before the window opens (off the FX thread): settings, the token
 * store, and the demo backend when no account is set up.
 *
 * @param demo set when the app starts on the embedded simulator
 */
record StartupState(AppDirs dirs, SettingsStore store, Settings settings, Optional<String> settingsWarning,
                    TokenStore tokens, DemoBackend demo, BytemarkConfig bytemark) {

    /** Without the official tool's settings (tests: never read the developer's ~/.bytemark). */
    StartupState(AppDirs dirs, SettingsStore store, Settings settings, Optional<String> settingsWarning,
                 TokenStore tokens, DemoBackend demo) {
        this(dirs, store, settings, settingsWarning, tokens, demo,
                new BytemarkConfig(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
    }

    static StartupState load(AppArguments args) {
        AppDirs dirs = AppDirs.current();
        SettingsStore store = SettingsStore.forApp(dirs);
        SettingsStore.Loaded loaded = store.load();
        TokenStore tokens = TokenStore.open(dirs);
        boolean accountSetUp = !args.demo() && loaded.settings().getUsername() != null
                && !loaded.settings().getUsername().isBlank();
        DemoBackend demo = accountSetUp ? null : DemoBackend.start();
        // read here, off the FX thread, like everything else from disk
        return new StartupState(dirs, store, loaded.settings(), loaded.warning(), tokens, demo, BytemarkConfig.load());
    }
}
