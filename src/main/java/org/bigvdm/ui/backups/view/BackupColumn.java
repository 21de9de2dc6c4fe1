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
        // a newest-backup time read in the background updates the cells showing a row, not the whole
        // table: table.refresh() per read rebuilt every cell 24 times over after each selection
        column.setCellFactory(c -> new TableCell<>() {
            {
                vm.versionProperty().addListener(o -> show(getItem(), isEmpty()));
            }

            @Override
            protected void updateItem(DiscRow row, boolean empty) {
                super.updateItem(row, empty);
                show(row, empty);
            }

            private void show(DiscRow row, boolean empty) {
                setText(empty || row == null ? null : vm.text(row));
            }
        });
        table.getColumns().add(column);
    }
}
