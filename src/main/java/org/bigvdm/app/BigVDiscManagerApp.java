package org.bigvdm.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.service.Estate;
import org.bigvdm.settings.Settings;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.WindowSkeleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Application: takes what {@link EarlyStart} read from disk beside the toolkit's start, has
 * {@link AppAssembly} build everything, places and shows the window, then fills it once the
 * demo backend (started in parallel) or the account answers; saves the settings when it ends.
 * Nothing here talks to the network on the FX thread.
 */
public class BigVDiscManagerApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(BigVDiscManagerApp.class);
    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppArguments args;
    private EarlyStart early;
    private StartupState startup;
    private AppAssembly app;
    private MainViewModel vm;
    private MainWindow window;
    private Stage stage;

    public static void main(String[] args) {
        launch(BigVDiscManagerApp.class, args);
    }

    @Override
    public void init() {
        args = AppArguments.parse(getParameters().getRaw());
        early = EarlyStart.take(args);
    }

    /**
     * Shows the window's skeleton (menu bar, toolbar row, tree and disc areas: cheap to build and
     * style) at once, then builds the real window in its place after that first frame: building
     * and styling every control before anything was drawn took most of the time to the window.
     */
    @Override
    public void start(Stage stage) {
        this.stage = stage;
        startup = early.state();
        if (args.selfCheck()) {
            SelfCheck.printFirstFrame();
        }
        showSkeleton(stage, startup.settings());
        Frames.afterFirstFrame(this::buildWindow);
    }

    /**
     * The skeleton in a scene of the window's restored size: laid out first at its own preferred
     * width, the split would keep the tree's share of that width, not of the window's.
     */
    static void showSkeleton(Stage stage, Settings settings) {
        Theme.fromSetting(settings.getTheme()).apply();
        stage.setTitle(MainViewModel.APP_TITLE);
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        WindowState.restoreBounds(stage, settings);
        Scene scene = new Scene(new WindowSkeleton(WindowState.treeShare(settings)), stage.getWidth(),
                stage.getHeight());
        scene.getStylesheets().add(AppAssembly.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * The real window in the skeleton's place (signing in to the demo begins before it is built,
     * so its first reads overlap the build); then the icons and the self-check.
     */
    private void buildWindow() {
        app = new AppAssembly(stage, startup, early.demo());
        vm = app.vm;
        window = app.window;
        WindowState.restoreLayout(window, startup.settings());
        if (args.selfCheck()) {
            SelfCheck.printWindowBuilt();
        }
        loadIconsAfterShow();

        if (args.select() != null) {
            selectOnceLoaded(args.select());
        }
        if (args.selfCheck()) {
            new SelfCheck(vm, app.estate).arm();
        }
        ExitProbe.armIfAsked(vm, app.estate, stage);
        app.start(startup);
    }

    /**
     * Runs however the app ends (window closed, File › Quit, Ctrl+Q, a finished self-check):
     * settings are saved once, first, from the windows as the user left them; then every other
     * window still open is closed. A modal dialog waits in a nested event loop, and the toolkit
     * exiting under it crashed the JVM in GTK (SIGSEGV in {@code destroy_and_delete_ctx}); closed
     * here, its loop has ended before the toolkit goes.
     */
    @Override
    public void stop() {
        if (app != null) {
            saveSettings();
            closeOtherWindows();
            app.close();
        }
    }

    private void closeOtherWindows() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != stage && w.isShowing()) {
                w.hide();
            }
        }
    }

    /** {@code --select NAME} or {@code --select NAME/DISC}: handy for demos and screenshots. */
    private void selectOnceLoaded(String what) {
        String serverName = what.contains("/") ? what.substring(0, what.indexOf('/')) : what;
        String discLabel = what.contains("/") ? what.substring(what.indexOf('/') + 1) : null;
        app.estate.estateProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Estate> o, Estate old, Estate estate) {
                estate.servers().stream().filter(s -> s.vm().name().equals(serverName)).findFirst()
                        .ifPresent(s -> {
                            vm.tree().selectedKeyProperty().set(s.key());
                            s.vm().discs().stream().filter(d -> d.label().equals(discLabel)).findFirst()
                                    .ifPresent(d -> vm.table().selectDiscWhenShown(d.id()));
                            o.removeListener(this);
                        });
            }
        });
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

    /**
     * The window icons are decoded off the FX thread once the first frame is on screen: nothing
     * needs them for it, and on two cores decoding seven PNGs beside it delayed it.
     */
    private void loadIconsAfterShow() {
        Frames.afterFirstFrame(() -> {
            Thread t = new Thread(() -> {
                List<Image> icons = loadIcons();
                Platform.runLater(() -> stage.getIcons().addAll(icons));
            }, "window-icons");
            t.setDaemon(true);
            t.start();
        });
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
