package org.bigvdm.app;

import java.util.Optional;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.settings.AppDirs;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.SettingsStore;
import org.bigvdm.settings.TokenStore;

/**
 * Everything read from disk before the window opens (off the FX thread, see {@link EarlyStart}):
 * settings, the token store, what the bytemark tool saved, the API clients, and the demo backend
 * when it is already running.
 *
 * @param demo set when the app starts on a demo backend already running (tests); null when it
 *             resumes an account of its own, first tries the bytemark tool's saved session, or
 *             its demo is still starting ({@link EarlyStart#demo()})
 */
record StartupState(AppDirs dirs, SettingsStore store, Settings settings, Optional<String> settingsWarning,
                    TokenStore tokens, DemoBackend demo, BytemarkConfig bytemark, HttpApiClients clients) {

    /** What the official tool would say if it had saved nothing (tests never read the developer's ~/.bytemark). */
    static final BytemarkConfig NO_TOOL = new BytemarkConfig(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    /** Reads settings, tokens and what the bytemark tool saved; no demo yet. Never on the FX thread. */
    static StartupState read(AppArguments args) {
        AppDirs dirs = AppDirs.current();
        SettingsStore store = SettingsStore.forApp(dirs);
        SettingsStore.Loaded loaded = store.load();
        // read here, off the FX thread, like everything else from disk
        BytemarkConfig bytemark = BytemarkConfig.load();
        // the keyring and TLS are needed soon by a start that resumes a session; the demo needs neither
        boolean resumes = !wantsDemo(args, loaded.settings(), bytemark);
        TokenStore tokens = TokenStore.opening(dirs, resumes);
        HttpApiClients clients = new HttpApiClients(AppVersion.get(), resumes);
        return new StartupState(dirs, store, loaded.settings(), loaded.warning(), tokens, null, bytemark, clients);
    }

    /** True when the app starts on the demo: asked for, or no account of its own nor the bytemark tool's. */
    boolean wantsDemo(AppArguments args) {
        return wantsDemo(args, settings, bytemark);
    }

    private static boolean wantsDemo(AppArguments args, Settings settings, BytemarkConfig bytemark) {
        return args.demo() || !SessionService.hasOwnAccount(settings) && bytemark.token().isEmpty();
    }

}
