package org.bigvdm.app;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the main window lands; supports --self-check for the installers. */
public class BigVDiscManagerApp extends Application {

    public static void main(String[] args) {
        launch(BigVDiscManagerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BigV Disc Manager");
        stage.setScene(new Scene(new Label("BigV Disc Manager"), 1100, 700));
        stage.show();
        if (getParameters().getRaw().contains("--self-check")) {
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("self-check: ok, window ready in " + ms + " ms");
                Platform.exit();
            });
        }
    }
}
