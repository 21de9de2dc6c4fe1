package org.bigvdm.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.Session;
import org.bigvdm.settings.Logging;
import org.bigvdm.settings.Settings;
import org.bigvdm.ui.about.AboutDialog;
import org.bigvdm.ui.dialogs.view.FxDiscDialogs;
import org.bigvdm.ui.main.DialogDiscActions;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.signin.FxSignInDialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root: reads settings and starts the demo backend off the FX thread (in
 * {@link #init()}), then builds the services, ViewModels and the window, and connects them.
 * Nothing here talks to the network on the FX thread.
 */
public class BigVDiscManagerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(BigVDiscManagerApp.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppArguments args;
    private StartupState startup;
    private ExecutorTaskRunner runner;
    private AccountController accounts;
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    public static void main(String[] args) {
        launch(BigVDiscManagerApp.class, args);
    }

    @Override
    public void init() {
        args = AppArguments.parse(getParameters().getRaw());
        startup = StartupState.load(args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Settings settings = startup.settings();
        Theme.fromSetting(settings.getTheme()).apply();

        runner = new ExecutorTaskRunner(Platform::runLater);
        Session session = new Session((endpoints, tokens) ->
                new HttpBrainClient(ClientConfig.defaults(endpoints, AppVersion.get()), tokens));
        EstateService estate = new EstateService(session::api, runner, Clock.systemDefaultZone());
        vm = new MainViewModel(estate, runner.operations(), new PeriodicTask(Platform::runLater),
                ZoneId.systemDefault());
        vm.tree().showDeletedProperty().set(settings.isShowDeleted());
        vm.autoRefreshProperty().set(settings.isAutoRefresh());
        vm.tree().selectedKeyProperty().set(settings.getSelectedNodePath());
        vm.setClipboard(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        window = new MainWindow(vm);
        DialogDiscActions discActions = new DialogDiscActions(session::api, runner, vm, new FxDiscDialogs(stage));
        vm.discActionsProperty().set(discActions);
        accounts = new AccountController(session, vm, runner, startup.tokens(), settings, startup.demo());
        accounts.setDialogs(new FxSignInDialogs(stage));
        discActions.setSignInAgain(() -> accounts.showSignIn(r -> { }));
        addMenus(settings);

        Scene scene = new Scene(window);
        scene.getStylesheets().add(BigVDiscManagerApp.class.getResource("/org/bigvdm/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.getIcons().addAll(loadIcons());
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        WindowState.restore(stage, window, settings);
        stage.setOnCloseRequest(e -> saveSettings());
        stage.show();
        startup.settingsWarning().ifPresent(vm::notify);

        if (args.select() != null) {
            selectOnceLoaded(args.select());
        }
        if (args.selfCheck()) {
            new SelfCheck(vm).arm();
        }
        accounts.startUp();
    }

    @Override
    public void stop() {
        if (accounts != null) {
            accounts.close();
        }
        if (runner != null) {
            runner.close();
        }
    }

    /** {@code --select NAME}: handy for demos and screenshots. */
    private void selectOnceLoaded(String serverName) {
        vm.estate().estateProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.bigvdm.service.Estate> o,
                                org.bigvdm.service.Estate old, org.bigvdm.service.Estate estate) {
                estate.servers().stream().filter(s -> s.vm().name().equals(serverName)).findFirst()
                        .ifPresent(s -> {
                            vm.tree().selectedKeyProperty().set(s.key());
                            o.removeListener(this);
                        });
            }
        });
    }

    private void addMenus(Settings settings) {
        MenuItem signOut = new MenuItem("Sign _out");
        signOut.setId("signOutMenuItem");
        signOut.setOnAction(e -> accounts.signOut());
        window.fileMenu().getItems().add(1, signOut);
        window.fileMenu().setOnShowing(e -> signOut.setDisable(!accounts.signedInToRealAccount()));

        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setSelected(Theme.fromSetting(settings.getTheme()) == Theme.DARK);
        dark.selectedProperty().addListener((o, was, on) -> {
            Theme theme = on ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            settings.setTheme(theme.settingName());
        });
        window.viewMenu().getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem about = new MenuItem("_About BigV Disc Manager");
        about.setOnAction(e -> AboutDialog.show(stage, AppVersion.get(), Logging.logFile().getParent().toString(),
                stage.getIcons().isEmpty() ? null : stage.getIcons().get(stage.getIcons().size() - 1)));
        window.helpMenu().getItems().add(about);
    }

    private void saveSettings() {
        Settings settings = startup.settings();
        WindowState.remember(stage, window, settings);
        settings.setSelectedNodePath(vm.tree().selectedKeyProperty().get());
        settings.setShowDeleted(vm.tree().showDeletedProperty().get());
        settings.setAutoRefresh(vm.autoRefreshProperty().get());
        try {
            startup.store().save(settings);
        } catch (IOException e) {
            LOG.warn("Could not save settings to {}: {}", startup.store().file(), e.toString());
        }
    }

    private static List<Image> loadIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : ICON_SIZES) {
            try (InputStream in = BigVDiscManagerApp.class.getResourceAsStream(
                    "/org/bigvdm/icons/bigv-disc-manager-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.debug("icon {} not loaded", size, e);
            }
        }
        return icons;
    }
}
