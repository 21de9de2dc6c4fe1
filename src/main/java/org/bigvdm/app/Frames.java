package org.bigvdm.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The window's first frame as the app counts it: the second animation frame after the stage is
 * shown (a pulse does not start before the previous frame is rendered, so by then the first one
 * is on screen; it may come up to one frame early, while that frame is still being rendered).
 */
final class Frames {
    private Frames() {
    }

    /** Runs {@code then} on the FX thread at the second animation frame from now. */
    static void atSecondFrame(Runnable then) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    /** Runs {@code then} on the FX thread once the first frame is on screen, after that pulse. */
    static void afterFirstFrame(Runnable then) {
        atSecondFrame(() -> Platform.runLater(then));
    }
}
