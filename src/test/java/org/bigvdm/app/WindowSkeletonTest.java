package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.WindowBounds;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.WindowSkeleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's first frame is a {@link WindowSkeleton}; the real window is built into the same scene
 * after it. Where the skeleton draws the menu bar, the toolbar's row, the filter and the status bar
 * is where the real window draws them, so the swap does not make the chrome jump.
 */
class WindowSkeletonTest extends FxRobot {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private AppHarness app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRealWindowTakesTheSkeletonsPlaceWithItsChromeWhereTheSkeletonDrewIt() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Settings settings = Settings.defaults();
        // the size AppHarness gives the window it builds
        settings.setWindow(new WindowBounds(0, 0, 1100, 700, false));
        showSkeleton(stage, settings);
        WaitForAsyncUtils.waitForFxEvents();
        Scene first = stage.getScene();
        assertThat(first.getRoot()).isInstanceOf(WindowSkeleton.class);
        Chrome skeleton = chrome();

        app = AppHarness.demo(SIM.baseUri());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene()).as("the skeleton's scene, its root swapped").isSameAs(first);
        assertThat(first.getRoot()).isInstanceOf(MainWindow.class);
        assertThat(first.getStylesheets()).containsOnlyOnce(AppAssembly.STYLESHEET);
        Chrome real = chrome();
        assertThat(real.menuBar.getMinY()).isCloseTo(skeleton.menuBar.getMinY(), within(1.0));
        assertThat(real.menuBar.getHeight()).as("menu bar height").isCloseTo(skeleton.menuBar.getHeight(), within(1.0));
        assertThat(real.toolBar.getHeight()).as("toolbar height").isCloseTo(skeleton.toolBar.getHeight(), within(1.0));
        assertThat(real.filter.getMinX()).as("filter's left edge").isCloseTo(skeleton.filter.getMinX(), within(1.0));
        assertThat(real.filter.getWidth()).as("filter's width").isCloseTo(skeleton.filter.getWidth(), within(2.0));
        // the real field's magnifier icon is a little taller than the skeleton field's text
        assertThat(real.filter.getHeight()).as("filter's height").isCloseTo(skeleton.filter.getHeight(), within(2.0));
        assertThat(real.divider).as("tree's share").isCloseTo(skeleton.divider, within(0.005));
        assertThat(real.statusBar.getHeight()).as("status bar height")
                .isCloseTo(skeleton.statusBar.getHeight(), within(1.0));
        assertThat(real.statusBar.getMaxY()).isCloseTo(skeleton.statusBar.getMaxY(), within(1.0));
    }

    @Test
    void theSkeletonTakesNoInput() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        showSkeleton(stage, Settings.defaults());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField filter = lookup(".text-field").queryAs(javafx.scene.control.TextField.class);
        assertThat(filter.isEditable()).isFalse();
        assertThat(stage.getScene().getRoot().isMouseTransparent()).isTrue();
    }

    /** On the test's stage, whose title an earlier test's window may have bound. */
    private static void showSkeleton(Stage stage, Settings settings) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            BigVDiscManagerApp.showSkeleton(stage, settings);
        });
    }

    private record Chrome(Bounds menuBar, Bounds toolBar, Bounds filter, Bounds statusBar, double divider) {
    }

    private Chrome chrome() {
        return new Chrome(sceneBounds(".menu-bar"), sceneBounds(".tool-bar"), sceneBounds(".text-field"), sceneBounds(".status-bar"),
                outerSplit().getDividerPositions()[0]);
    }

    /** The split between the tree and the discs (the disc side holds a split of its own). */
    private SplitPane outerSplit() {
        return lookup(".split-pane").queryAllAs(SplitPane.class).stream()
                .filter(s -> !s.getItems().isEmpty() && s.getItems().get(0).lookup(".text-field") != null
                        && !s.getDividers().isEmpty())
                .findFirst().orElseThrow();
    }

    private Bounds sceneBounds(String query) {
        Node node = lookup(query).query();
        return node.localToScene(node.getLayoutBounds());
    }
}
