package org.bigvdm.app;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TableColumn;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.WindowBounds;
import org.bigvdm.ui.main.MainWindow;

/** Puts the window back where the user left it, and remembers it on close. */
final class WindowState {
    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 760;

    private WindowState() {
    }

    /** Where the window was and how big: before it is first shown. */
    static void restoreBounds(Stage stage, Settings settings) {
        WindowBounds b = settings.getWindow();
        if (b != null && onSomeScreen(b)) {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
    }

    /** The tree's share of the width as the user left it. */
    static double treeShare(Settings settings) {
        return settings.getDividerPosition() != null ? settings.getDividerPosition() : MainWindow.TREE_SHARE;
    }

    /** The divider and the table's column widths, once the window is built. */
    static void restoreLayout(MainWindow window, Settings settings) {
        window.splitPane().setDividerPositions(treeShare(settings));
        Map<String, Double> widths = settings.getColumnWidths();
        if (widths != null) {
            for (TableColumn<?, ?> c : window.table().getColumns()) {
                Double w = widths.get(c.getId());
                if (w != null && w > 20) {
                    c.setPrefWidth(w);
                }
            }
        }
    }

    static void remember(Stage stage, MainWindow window, Settings settings) {
        settings.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        settings.setDividerPosition(window.splitPane().getDividerPositions()[0]);
        Map<String, Double> widths = new HashMap<>();
        for (TableColumn<?, ?> c : window.table().getColumns()) {
            widths.put(c.getId(), c.getWidth());
        }
        settings.setColumnWidths(widths);
    }

    private static boolean onSomeScreen(WindowBounds b) {
        return b.width() > 200 && b.height() > 150
                && !Screen.getScreensForRectangle(b.x(), b.y(), b.width(), b.height()).isEmpty();
    }
}
