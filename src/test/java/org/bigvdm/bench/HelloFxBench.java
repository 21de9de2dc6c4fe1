package org.bigvdm.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Not a test: the start-up anchor for {@code docs/perf.sh}. A bare JavaFX "hello" window from the
 * same JavaFX jars as the app: it shows one label, waits until its first frame is rendered,
 * prints {@code hello: first frame} (counted as the app's {@code --self-check} counts it) and
 * {@code hello: shown} and exits. The script times it from
 * outside (window mapped, first pulse rendered). Nothing else is loaded, so it is the floor for
 * any JavaFX app on this JVM.
 * <p>
 * Not an {@code Application} subclass, so it runs from the plain class path:
 * {@code java -cp target/test-classes:<javafx jars> org.bigvdm.bench.HelloFxBench}.
 */
public final class HelloFxBench {
    private HelloFxBench() {
    }

    public static void main(String[] args) {
        Platform.startup(HelloFxBench::show);
    }

    private static void show() {
        Stage stage = new Stage();
        stage.setTitle("hello");
        Label hello = new Label("Hello, JavaFX");
        Scene scene = new Scene(new StackPane(hello), 1100, 700);
        stage.setScene(scene);
        // "first frame" counted as the app's --self-check counts it: the second animation frame
        // (the same few lines as the app's Frames, repeated: this anchor must load none of the app)
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    System.out.println("hello: first frame");
                    System.out.flush();
                }
            }
        }.start();
        stage.show();
        // A pulse that renders waits for the previous frame first: changing the label makes the
        // next two pulses render, so by the third the first frame is surely on screen.
        int[] pulses = {0};
        scene.addPostLayoutPulseListener(() -> {
            if (++pulses[0] < 3) {
                hello.setText(hello.getText().endsWith("!") ? "Hello, JavaFX" : "Hello, JavaFX!");
                return;
            }
            System.out.println("hello: shown");
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }
}
