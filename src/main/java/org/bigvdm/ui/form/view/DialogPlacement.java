package org.bigvdm.ui.form.view;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.TableRow;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Where a dialog goes so it doesn't cover what it talks about (the selected row it may ask the
 * user to check): where it would be if that is clear of the row, else just below the row, else
 * just above it, kept on the screen. {@link #clearOf} is the pure geometry, in screen
 * coordinates.
 */
public final class DialogPlacement {
    /** Room between the row and the dialog. */
    static final double GAP = 8;

    private DialogPlacement() {
    }

    /**
     * Once shown, moves the dialog off the owner's selected table row, so a message that asks
     * the user to check the row doesn't hide it.
     */
    public static void keepSelectedRowInSight(Dialog<?> dialog, Window owner) {
        // after the dialog has centred itself on the owner
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> Platform.runLater(() -> {
            Scene own = dialog.getDialogPane().getScene();
            Window window = own == null ? null : own.getWindow();
            if (window == null || !window.isShowing()) {
                return;
            }
            Rectangle2D now = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
            Rectangle2D screen = Screen.getScreensForRectangle(now).stream().findFirst()
                    .orElse(Screen.getPrimary()).getVisualBounds();
            Point2D at = clearOf(now, selectedRowOnScreen(owner), screen);
            window.setX(at.getX());
            window.setY(at.getY());
        }));
    }

    private static Rectangle2D selectedRowOnScreen(Window owner) {
        Scene scene = owner == null ? null : owner.getScene();
        if (scene == null) {
            return null;
        }
        for (Node n : scene.getRoot().lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.isSelected() && !row.isEmpty() && row.isVisible()) {
                Bounds b = row.localToScreen(row.getBoundsInLocal());
                if (b != null) {
                    return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
                }
            }
        }
        return null;
    }

    /**
     * @param dialog where the dialog would be (usually centred on its owner)
     * @param keepVisible what must stay visible, or null
     * @param screen the screen's visual bounds
     * @return the dialog's top-left corner
     */
    public static Point2D clearOf(Rectangle2D dialog, Rectangle2D keepVisible, Rectangle2D screen) {
        Point2D asIs = new Point2D(dialog.getMinX(), dialog.getMinY());
        if (keepVisible == null || !dialog.intersects(keepVisible)) {
            return asIs;
        }
        double below = keepVisible.getMaxY() + GAP;
        double above = keepVisible.getMinY() - GAP - dialog.getHeight();
        if (below + dialog.getHeight() <= screen.getMaxY()) {
            return new Point2D(dialog.getMinX(), below);
        }
        if (above >= screen.getMinY()) {
            return new Point2D(dialog.getMinX(), above);
        }
        return asIs; // no room either side: as centred
    }
}
