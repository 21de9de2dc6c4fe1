package org.bigvdm.ui.backups.view;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.ui.backups.DiscsWithoutBackupsViewModel;
import org.bigvdm.ui.backups.DiscsWithoutBackupsViewModel.Row;

/**
 * "Discs without backups": a small window over the main one listing every unprotected disc of the
 * estate; Show (or a double click) selects the disc in the main window. It stays open and follows
 * the estate, so the list shrinks as backups are taken.
 */
public final class DiscsWithoutBackupsWindow {
    private final Stage stage = new Stage();

    public DiscsWithoutBackupsWindow(Window owner, DiscsWithoutBackupsViewModel vm) {
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("discsWithoutBackups");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Server", Row::serverName, 120));
        table.getColumns().add(column("Disc", Row::label, 120));
        table.getColumns().add(column("Size", Row::size, 80));
        table.getColumns().add(column("Grade", Row::grade, 80));
        table.getColumns().add(column("Account / group", Row::where, 180));
        table.setPlaceholder(new Label("Every disc has at least one backup."));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.show(table.getSelectionModel().getSelectedItem());
            }
        });
        Label summary = new Label();
        summary.setId("discsWithoutBackupsSummary");
        summary.textProperty().bind(vm.summaryProperty());
        Button show = new Button("Show in main window");
        show.setId("showDiscWithoutBackups");
        show.getStyleClass().add(Styles.ACCENT);
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> vm.show(table.getSelectionModel().getSelectedItem()));
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, show, close);
        VBox root = new VBox(8, summary, table, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(10));
        stage.initOwner(owner);
        stage.setTitle("Discs without backups");
        Scene scene = new Scene(root, 640, 360);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
