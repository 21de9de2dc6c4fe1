package org.bigvdm.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.scene.image.PixelFormat;
import javafx.stage.Window;

/** With -Dbigvdm.shots=DIR, a flow test writes a PNG of every showing window, to look at the UI. */
public final class WindowShots {
    private WindowShots() {
    }

    /** Writes {@code DIR/<n>-<name>.png} per showing window; does nothing without the property. */
    public static void shoot(AppHarness app, String name) {
        String dir = System.getProperty("bigvdm.shots");
        if (dir == null) {
            return;
        }
        app.onFx(() -> {
            int i = 0;
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w.getScene() != null) {
                    var image = w.getScene().snapshot(null);
                    int width = (int) image.getWidth();
                    int height = (int) image.getHeight();
                    int[] argb = new int[width * height];
                    image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0,
                            width);
                    var png = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
                    png.setRGB(0, 0, width, height, argb, 0, width);
                    try {
                        javax.imageio.ImageIO.write(png, "png", Path.of(dir, (i++) + "-" + name + ".png").toFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }
}
