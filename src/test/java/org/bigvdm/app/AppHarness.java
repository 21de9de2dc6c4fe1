package org.bigvdm.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.bigvdm.api.Endpoints;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.session.Session;
import org.bigvdm.settings.AppDirs;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.FileTokenStore;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.SettingsStore;
import org.bigvdm.settings.TokenStore;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.power.PowerViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real app, assembled exactly as users get it, on a Stage of a TestFX test and against a
 * simulator the test runs. Settings, tokens and logs go to a fresh temporary folder.
 *
 * <pre>{@code
 * @RegisterExtension static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();
 * AppHarness app = AppHarness.demo(SIM.baseUri());   // in @BeforeEach, after FxToolkit.registerPrimaryStage()
 * app.waitUntil(() -> app.estate().loadedOnceProperty().get());
 * }</pre>
 */
public final class AppHarness implements AutoCloseable {
    /** One set of API clients for every app a test starts, as the app has one. */
    private static final HttpApiClients CLIENTS = new HttpApiClients("test", false);
    private final AppAssembly assembly;
    private final StartupState startup;
    private final Stage stage;

    private AppHarness(AppAssembly assembly, StartupState startup, Stage stage) {
        this.assembly = assembly;
        this.startup = startup;
        this.stage = stage;
    }

    /** Starts on the given simulator signed in as demo, as "Try the demo" does. */
    public static AppHarness demo(URI simulator) throws Exception {
        return start(DemoBackend.attach(simulator, CLIENTS), Settings.defaults());
    }

    /**
     * Starts as a user whose settings name an account (no demo): the app resumes a saved token
     * or shows the sign-in dialog.
     */
    public static AppHarness account(Settings settings) throws Exception {
        return start(null, settings);
    }

    /**
     * Starts on the given simulator as demo, with {@code settingsFile} as the settings file on
     * disk, read the way the app reads it at start (a damaged file gives a warning).
     */
    public static AppHarness demoWithSettingsFile(URI simulator, String settingsFile) throws Exception {
        Path home = Files.createTempDirectory("bigvdm-ui-test");
        AppDirs dirs = AppDirs.under(home);
        SettingsStore store = new SettingsStore(dirs.config(), Clock.systemUTC());
        Files.createDirectories(dirs.config());
        Files.writeString(store.file(), settingsFile);
        SettingsStore.Loaded loaded = store.load();
        return start(new StartupState(dirs, store, loaded.settings(), loaded.warning(), FileTokenStore.in(dirs),
                DemoBackend.attach(simulator, CLIENTS), StartupState.NO_TOOL, CLIENTS));
    }

    /** As {@link #account(Settings)}, with a token already saved for the settings' endpoint and user. */
    public static AppHarness accountWithSavedToken(Settings settings, Endpoints endpoints, String token)
            throws Exception {
        Path home = Files.createTempDirectory("bigvdm-ui-test");
        AppDirs dirs = AppDirs.under(home);
        FileTokenStore tokens = FileTokenStore.in(dirs);
        tokens.save(endpoints, settings.getUsername(), token);
        return start(new StartupState(dirs, new SettingsStore(dirs.config(), Clock.systemUTC()), settings,
                Optional.empty(), tokens, null, StartupState.NO_TOOL, CLIENTS));
    }

    /**
     * A first start with no account of this app's own, as a user of the official bytemark tool:
     * {@code tool} is what the tool saved (read from a test folder, never the real ~/.bytemark).
     */
    public static AppHarness firstStartWithTool(BytemarkConfig tool) throws Exception {
        Path home = Files.createTempDirectory("bigvdm-ui-test");
        AppDirs dirs = AppDirs.under(home);
        return start(new StartupState(dirs, new SettingsStore(dirs.config(), Clock.systemUTC()), Settings.defaults(),
                Optional.empty(), FileTokenStore.in(dirs), null, tool, CLIENTS));
    }

    private static AppHarness start(DemoBackend demo, Settings settings) throws Exception {
        Path home = Files.createTempDirectory("bigvdm-ui-test");
        AppDirs dirs = AppDirs.under(home);
        SettingsStore store = new SettingsStore(dirs.config(), Clock.systemUTC());
        return start(new StartupState(dirs, store, settings, Optional.empty(), FileTokenStore.in(dirs), demo,
                StartupState.NO_TOOL, CLIENTS));
    }

    private static AppHarness start(StartupState startup) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppAssembly[] built = new AppAssembly[1];
        FxToolkit.setupFixture(() -> {
            built[0] = new AppAssembly(stage, startup);
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.show();
            built[0].start(startup);
        });
        // the panes built after the first frame, as users get them
        built[0].complete.get(10, TimeUnit.SECONDS);
        return new AppHarness(built[0], startup, stage);
    }

    public MainViewModel vm() {
        return assembly.vm;
    }

    /** The estate as the app has read it. */
    /** The Activity panel's ViewModel. */
    public org.bigvdm.ui.activity.ActivityViewModel activity() {
        return assembly.activity;
    }

    public EstateService estate() {
        return assembly.estate;
    }

    /** What the app has learnt the user may not change. */
    public AccessRights access() {
        return assembly.access;
    }

    /** The power actions for the selected server. */
    public PowerViewModel power() {
        return assembly.power;
    }

    public MainWindow window() {
        return assembly.window;
    }

    public Stage stage() {
        return stage;
    }

    /** Where and as whom the app talks now (its token stays hidden in toString). */
    public Session session() {
        return assembly.session;
    }

    /** The token store the app saves into (a file: the keyring is off in tests). */
    public TokenStore tokens() {
        return startup.tokens();
    }

    /** The settings file the app reads and writes. */
    public Path settingsFile() {
        return startup.store().file();
    }

    public StartupState startup() {
        return startup;
    }

    /** Waits until the first full read and the storage grades are in: the window is ready to use. */
    public void waitUntilLoaded() throws Exception {
        waitUntil(() -> estate().loadedOnceProperty().get()
                && !estate().definitionsProperty().get().storageGrades().isEmpty());
    }

    /** Selects the server with this id in the tree and waits until the window follows. */
    public ServerEntry selectServer(long serverId) throws Exception {
        ServerEntry s = estate().estate().server(serverId).orElseThrow();
        onFx(() -> vm().tree().selectedKeyProperty().set(s.key()));
        waitUntil(() -> vm().selectedServerProperty().get() != null
                && vm().selectedServerProperty().get().vm().id() == serverId);
        return s;
    }

    /** Waits (up to 10 s) for a condition checked on the FX thread; fails the test otherwise. */
    public void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and waits for it. */
    public void onFx(Runnable action) {
        WaitForAsyncUtils.asyncFx(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws IOException {
        try {
            FxToolkit.setupFixture(assembly::close);
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            throw new IOException(e);
        }
    }
}
