package org.bigvdm.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Not a test: the start-up anchor for {@code docs/perf.sh}. A bare JavaFX "hello" window from the
 * same JavaFX jars as the app: it shows one label, waits for two pulses (the rule the app's
 * {@code --self-check} uses), prints {@code hello: shown} and exits. The script times it from
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
        stage.setScene(new Scene(new StackPane(new Label("Hello, JavaFX")), 1100, 700));
        stage.show();
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) {
                    stop();
                    System.out.println("hello: shown");
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
