package org.bigvdm.ui.backups.view;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.backups.BackupItem;
import org.bigvdm.ui.backups.BackupsViewModel;
import org.bigvdm.ui.backups.ScheduleItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Backups pane under the disc table: the selected disc's backups (newest first) with Back up
 * now, Restore and Delete, its schedules with Add, Change and Remove, the schedules' backup
 * space, and a progress line while a backup is taken. Binds to {@link BackupsViewModel} only.
 */
public final class BackupsView extends VBox {

    public BackupsView(BackupsViewModel vm) {
        super(6);
        setId("backupsPane");
        setPadding(new Insets(6, 0, 6, 0));

        Label heading = new Label();
        heading.setId("backupsHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(vm.headingProperty());

        Button backUp = button("Back up now", "backUpNow", "mdi2c-content-save-move-outline", vm::backUpNow,
                vm.canBackUpProperty(), "Take a manual backup of this disc now");
        backUp.getStyleClass().add(Styles.ACCENT);
        Button restore = button("Restore…", "restoreBackup", "mdi2b-backup-restore", vm::restoreSelected,
                vm.backupSelectedProperty(), "Overwrite the disc with the selected backup");
        Button delete = button("Delete…", "deleteBackup", "mdi2d-delete-outline", vm::deleteSelected,
                vm.backupSelectedProperty(), "Delete the selected backup for good");
        Label why = new Label();
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.whyNoChangeProperty().get() == null
                || vm.headingProperty().get().equals("Backups") ? "" : vm.whyNoChangeProperty().get(),
                vm.whyNoChangeProperty(), vm.headingProperty()));
        HBox top = new HBox(8, heading, spacer(), why, backUp, restore, delete);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(120);
        bar.getStyleClass().add(Styles.SMALL);
        Label progress = new Label();
        progress.setId("backupProgress");
        progress.textProperty().bind(vm.progressTextProperty());
        HBox progressRow = new HBox(8, bar, progress);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.visibleProperty().bind(vm.backingUpProperty());
        progressRow.managedProperty().bind(vm.backingUpProperty());

        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());

        TableView<BackupItem> table = backupTable(vm);
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<ScheduleItem> schedules = new ListView<>(vm.schedules());
        schedules.setId("scheduleList");
        schedules.setPrefHeight(52);
        schedules.setMinHeight(40);
        schedules.setPlaceholder(muted("No backup schedule."));
        schedules.getSelectionModel().selectedItemProperty().addListener((o, a, s) ->
                vm.selectedScheduleProperty().set(s));
        vm.selectedScheduleProperty().addListener((o, a, s) -> {
            if (schedules.getSelectionModel().getSelectedItem() != s) {
                schedules.getSelectionModel().select(s);
            }
        });
        Label schedulesHeading = new Label("Schedules");
        schedulesHeading.getStyleClass().add(Styles.TEXT_BOLD);
        schedulesHeading.setMinWidth(Region.USE_PREF_SIZE);
        Label space = new Label();
        space.setId("backupSpace");
        space.getStyleClass().add(Styles.TEXT_MUTED);
        space.textProperty().bind(vm.spaceProperty());
        Button add = button("Add…", "addSchedule", "mdi2c-calendar-plus", vm::addSchedule,
                vm.canAddScheduleProperty(), "Add a backup schedule to this disc");
        Button change = button("Change…", "changeSchedule", "mdi2c-calendar-edit", vm::changeSelectedSchedule,
                vm.scheduleSelectedProperty(), "Change the selected schedule (removes it, then adds the new one)");
        Button remove = button("Remove…", "removeSchedule", "mdi2c-calendar-remove", vm::removeSelectedSchedule,
                vm.scheduleSelectedProperty(), "Remove the selected schedule; its backups stay");
        HBox scheduleBar = new HBox(8, schedulesHeading, spacer(), add, change, remove);
        scheduleBar.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, progressRow, message, table, scheduleBar, schedules, space);
    }

    private static TableView<BackupItem> backupTable(BackupsViewModel vm) {
        TableView<BackupItem> table = new TableView<>(vm.backups());
        table.setId("backupTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Label", "backupLabelColumn", BackupItem::label, 240));
        table.getColumns().add(column("Taken", "backupWhenColumn", BackupItem::when, 200));
        table.getColumns().add(column("Size", "backupSizeColumn", BackupItem::size, 65));
        table.getColumns().add(column("Kind", "backupKindColumn", BackupItem::kind, 80));
        table.getColumns().add(column("State", "backupStateColumn", BackupItem::state, 80));
        Label placeholder = muted("");
        placeholder.textProperty().bind(vm.emptyTextProperty());
        table.setPlaceholder(placeholder);
        table.setPrefHeight(160);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, item) ->
                vm.selectedBackupProperty().set(item));
        vm.selectedBackupProperty().addListener((o, a, item) -> {
            if (table.getSelectionModel().getSelectedItem() != item) {
                table.getSelectionModel().select(item);
            }
        });
        return table;
    }

    private static TableColumn<BackupItem, String> column(String title, String id, Function<BackupItem, String> value,
                                                          double width) {
        TableColumn<BackupItem, String> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static Button button(String text, String id, String icon, Runnable action,
                                 ObservableBooleanValue enabled, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(Bindings.not(enabled));
        b.getStyleClass().add(Styles.SMALL);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
