package org.bigvdm.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder window until the main window lands. */
public class BigVDiscManagerApp extends Application {

    public static void main(String[] args) {
        launch(BigVDiscManagerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BigV Disc Manager");
        stage.setScene(new Scene(new Label("BigV Disc Manager"), 1100, 700));
        stage.show();
    }
}
