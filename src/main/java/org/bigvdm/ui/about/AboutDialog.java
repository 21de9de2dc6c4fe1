package org.bigvdm.ui.about;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help > About: name, version, where logs are kept, and a word on the licence. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner, String version, String logDirectory, Image icon) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About BigV Disc Manager");
        about.setHeaderText("BigV Disc Manager " + version);
        if (icon != null) {
            ImageView view = new ImageView(icon);
            view.setFitWidth(64);
            view.setFitHeight(64);
            about.setGraphic(view);
        }
        Label what = new Label("Manage the discs of your Bytemark Cloud (BigV) servers: create, grow, "
                + "relabel and purge them safely.");
        what.setWrapText(true);
        Label logs = new Label("Logs: " + logDirectory);
        logs.getStyleClass().add(Styles.TEXT_MUTED);
        logs.setId("aboutLogs");
        Label licence = new Label("Open source under the MIT License.");
        licence.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(8, what, logs, licence);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(420);
        about.getDialogPane().setContent(content);
        about.getDialogPane().setId("aboutDialog");
        about.show();
    }
}
