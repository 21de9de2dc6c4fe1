package org.bigvdm.ui.backups.view;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.bigvdm.ui.backups.BackupColumnViewModel;
import org.bigvdm.ui.discs.DiscRow;

/** The disc table's Backups column ("7, latest 2 h ago", "none"), added from outside the table. */
public final class BackupColumn {
    private BackupColumn() {
    }

    public static void addTo(TableView<DiscRow> table, BackupColumnViewModel vm) {
        TableColumn<DiscRow, DiscRow> column = new TableColumn<>("Backups");
        column.setId("backupsColumn");
        column.setPrefWidth(150);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparingInt(BackupColumnViewModel::sortKey));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DiscRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : vm.text(row));
            }
        });
        vm.versionProperty().addListener(o -> table.refresh());
        table.getColumns().add(column);
    }
}
