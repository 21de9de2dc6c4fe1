package org.bigvdm.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.PendingRestarts;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.journal.Journal;
import org.bigvdm.service.journal.JournalStore;
import org.bigvdm.service.session.Session;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.settings.Logging;
import org.bigvdm.settings.Settings;
import org.bigvdm.ui.about.AboutDialog;
import org.bigvdm.ui.activity.ActivityView;
import org.bigvdm.ui.activity.ActivityViewModel;
import org.bigvdm.ui.jobs.JobsView;
import org.bigvdm.ui.jobs.JobsViewModel;
import org.bigvdm.ui.main.DialogDiscActions;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.Notifications;
import org.bigvdm.ui.overview.OverviewViewModel;
import org.bigvdm.ui.main.ServerActions;
import org.bigvdm.ui.main.WindowSkeleton;
import org.bigvdm.ui.move.MoveDragSupport;
import org.bigvdm.ui.move.MoveViewModel;
import org.bigvdm.ui.power.PendingRestartViewModel;
import org.bigvdm.ui.power.PowerNotesView;
import org.bigvdm.ui.power.PowerViewModel;

/**
 * Builds the whole app (task runner, session, services, ViewModels, window, dialogs) into a
 * Stage: the one place where anything is built, each part given what it needs through its
 * constructor. The Application uses it; so do UI tests and benchmarks, which point it at a
 * simulator of their own, so they exercise exactly what users run.
 */
final class AppAssembly implements AutoCloseable {
    static final String STYLESHEET = AppAssembly.class.getResource("/org/bigvdm/ui/app.css").toExternalForm();
    final ExecutorTaskRunner runner;
    private final ExecutorTaskRunner waitRunner;
    private final ExecutorTaskRunner sumsRunner;
    final Session session;
    final AccessRights access;
    final EstateService estate;
    final MainViewModel vm;
    final MainWindow window;
    final OverviewViewModel overview;
    final AccountController accounts;
    final Scene scene;
    final PowerViewModel power;
    /** Power changes that wait: {@code shutDown(server, done)} gets a server off first. */
    final ServerPower serverPower;
    private final Notifications notes = new Notifications();
    final Journal journal;
    final ActivityViewModel activity;
    final BooleanProperty jobsOpen = new SimpleBooleanProperty(false);
    /** Signing in began in the constructor (see {@link #AppAssembly(Stage, StartupState, CompletableFuture)}). */
    private final boolean signInBegun;
    /** Views the first frame does without (see {@link #afterFirstFrame}), built once it is on screen. */
    private final List<Runnable> later = new ArrayList<>();
    /** Completes once they are built: UI tests wait for it. */
    final CompletableFuture<Void> complete = new CompletableFuture<>();
    private final ExecutorService journalWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "journal-writer");
        t.setDaemon(true);
        return t;
    });

    AppAssembly(Stage stage, StartupState startup) {
        this(stage, startup, null);
    }

    /**
     * @param demo the demo backend starting beside the toolkit, or null. Given, signing in to it
     *             begins before the window is built: its first reads run on the workers while the
     *             FX thread builds the window, and their answers are shown once it is built.
     */
    AppAssembly(Stage stage, StartupState startup, CompletableFuture<DemoBackend> demo) {
        Settings settings = startup.settings();
        Clock clock = Clock.systemDefaultZone();
        runner = new ExecutorTaskRunner(Platform::runLater);
        access = new AccessRights();
        session = new Session(startup.clients()::brain);
        SessionService sessions = new SessionService(session, startup.clients(), startup.tokens(), settings,
                startup.bytemark(), access, runner);
        estate = new EstateService(sessions, runner, clock);
        ChangeService changes = new ChangeService(sessions, estate, access, runner, clock);
        journal = new Journal(new JournalStore(startup.dirs().state().resolve("journal")), journalWriter,
                Platform::runLater, clock);
        journal.listenTo(changes, sessions);
        journal.problemProperty().addListener((o, was, problem) -> notes.notifyUntilRead(problem));
        FxDialogs dialogs = new FxDialogs(stage);
        accounts = new AccountController(sessions, estate, dialogs, notes, runner, startup.demo());
        vm = new MainViewModel(
                new MainViewModel.Services(estate, access, changes, sessions, runner.operations(),
                        new PeriodicTask(Platform::runLater)),
                new MainViewModel.Ports(new DialogDiscActions(changes, estate, access, dialogs, notes), accounts,
                        AppAssembly::copyToClipboard, () -> showAbout(stage)),
                notes, ZoneId.systemDefault());
        vm.tree().showDeletedProperty().set(settings.isShowDeleted());
        vm.autoRefreshProperty().set(settings.isAutoRefresh());
        vm.tree().selectedKeyProperty().set(settings.getSelectedNodePath());
        signInBegun = demo != null;
        if (signInBegun) {
            accounts.startUp(demo);
        }
        Theme.fromSetting(settings.getTheme()).apply();
        vm.darkThemeProperty().set(Theme.fromSetting(settings.getTheme()) == Theme.DARK);
        vm.darkThemeProperty().addListener((o, was, dark) -> {
            Theme theme = dark ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            settings.setTheme(theme.settingName());
        });

        window = new MainWindow(vm);
        // shutdowns that wait (restart, a move, a restore that needs the server off) go through this one
        // a wait sleeps between reads for up to two minutes: on its own threads, never the worker pool
        waitRunner = runner.forWaits();
        serverPower = new ServerPower(changes, sessions, estate, waitRunner, Platform::runLater, clock,
                ServerPower.Sleeper.REAL, ServerPower.DEFAULT_TIMEOUT);
        power = installServerActions(stage);
        // the overview's sums must not queue behind requests on the worker pool (the Backups column reads)
        sumsRunner = runner.forSums();
        overview = EstateToolsFeature.install(stage, window, vm, runner, sumsRunner, changes, estate, access,
                notes::notify, this::afterFirstFrame);
        overview.countBackupAges(BackupFeature.install(stage, window, vm, sessions, runner, changes, estate, access,
                serverPower, this::afterFirstFrame), clock);
        activity = new ActivityViewModel(journal, runner, (serverKey, discId) -> showNode(serverKey, discId),
                AppAssembly::copyToClipboard, ZoneId.systemDefault());
        window.addDrawer("_Activity", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN),
                () -> new ActivityView(activity), activity.openProperty());
        // -Dbigvdm.openPanels=activity,jobs opens them at start (docs/screenshot.sh)
        String openPanels = System.getProperty("bigvdm.openPanels", "");
        activity.openProperty().set(openPanels.contains("activity"));
        jobsOpen.set(openPanels.contains("jobs"));
        window.addDrawer("_Jobs", new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> new JobsView(new JobsViewModel(runner.operations(),
                        estate.estateProperty(), System::nanoTime)), jobsOpen);
        scene = sceneFor(stage, window);
        stage.titleProperty().bind(vm.titleProperty());
        Frames.afterFirstFrame(this::buildLater);
    }

    /**
     * The window's scene: the app's first frame's, with the window in the skeleton's place (laid
     * out at once at the window's size, as the skeleton was); else a new one (tests, benchmarks).
     */
    private static Scene sceneFor(Stage stage, MainWindow window) {
        Scene shown = stage.getScene();
        if (shown != null && shown.getRoot() instanceof WindowSkeleton) {
            shown.setRoot(window);
            return shown;
        }
        Scene scene = new Scene(window);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        return scene;
    }

    /**
     * The first frame shows the chrome, the tree and the disc table; the panes around the table
     * (backups, power notes) and the move drag support come one pulse after it, the drawers and
     * the overview's charts when first shown. Their commands and keys are in from the start.
     */
    private void afterFirstFrame(Runnable build) {
        later.add(build);
    }

    private void buildLater() {
        later.forEach(Runnable::run);
        later.clear();
        complete.complete(null);
    }

    /**
     * After the stage is shown: tells the user about damaged settings, then signs in (demo,
     * saved session, the bytemark tool's session or the dialog) unless that began while the
     * window was built. The app and the UI tests both start through here.
     */
    void start(StartupState startup) {
        startup.settingsWarning().ifPresent(notes::notify);
        if (!signInBegun) {
            accounts.startUp();
        }
    }

    @Override
    public void close() {
        vm.autoRefreshProperty().set(false);
        accounts.close();
        runner.close();
        waitRunner.close();
        sumsRunner.close();
        journalWriter.shutdown();
        try {
            // the entries already handed over are synced before the app goes
            journalWriter.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Selects a server (and disc) the Activity panel names, if it is still there. */
    private boolean showNode(String serverKey, Long discId) {
        var server = estate.estate().serverAt(serverKey);
        if (server.isEmpty()) {
            return false;
        }
        vm.tree().selectedKeyProperty().set(serverKey);
        if (discId != null) {
            vm.table().selectDiscWhenShown(discId);
        }
        return true;
    }

    /**
     * Power, restart and undelete for the selected server, the changes-pending-restart note, and
     * moving a disc (Move to…, drag and drop).
     */
    private PowerViewModel installServerActions(Stage stage) {
        FxPowerDialogs dialogs = new FxPowerDialogs(stage);
        PowerViewModel powerVm = new PowerViewModel(vm.selectedServerProperty(), access, serverPower, dialogs,
                notes::notify);
        MoveViewModel move = new MoveViewModel(estate.estateProperty(), vm.table().selectedRowProperty(), access,
                serverPower, dialogs, notes::notify);
        PendingRestartViewModel pending = new PendingRestartViewModel(vm.selectedServerProperty(),
                new PendingRestarts(serverPower.changes(), estate), powerVm, vm.tree().serverMarks(), AppAssembly::copyToClipboard,
                notes::notify);
        window.addServerActions(new ServerActions(powerVm, move));
        afterFirstFrame(() -> {
            window.addAboveTable(new PowerNotesView(powerVm, pending));
            MoveDragSupport.install(move, window.table(), window.tree());
        });
        return powerVm;
    }

    static void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static void showAbout(Stage stage) {
        AboutDialog.show(stage, AppVersion.get(), Logging.logFile().getParent().toString(),
                stage.getIcons().isEmpty() ? null : stage.getIcons().get(stage.getIcons().size() - 1));
    }
}
