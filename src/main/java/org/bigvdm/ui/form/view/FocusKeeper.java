package org.bigvdm.ui.form.view;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * A form disabled while its request runs loses the keyboard focus. This puts the focus, and the
 * caret, back where they were once the answer is in, so after a field error the user simply
 * goes on typing.
 */
final class FocusKeeper {
    private Node owner;
    private int caret;

    private FocusKeeper() {
    }

    static void keepAcross(Node inScene, ObservableBooleanValue busy) {
        FocusKeeper keeper = new FocusKeeper();
        busy.addListener((o, was, now) -> {
            if (now) {
                keeper.remember(inScene.getScene());
            } else {
                keeper.restore();
            }
        });
    }

    private void remember(Scene scene) {
        owner = scene == null ? null : scene.getFocusOwner();
        caret = owner instanceof TextInputControl text ? text.getCaretPosition() : 0;
    }

    private void restore() {
        Node back = owner;
        owner = null;
        if (back == null) {
            return;
        }
        // later: the form is re-enabled by the same change that ends "busy"
        Platform.runLater(() -> {
            back.requestFocus();
            // focus gained by code selects all the text; keep the caret where it was instead
            if (back instanceof TextInputControl text) {
                text.positionCaret(Math.min(caret, text.getLength()));
            }
        });
    }
}
