package org.bigvdm.ui.backups.view;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.ui.backups.DeleteBackupViewModel;
import org.bigvdm.ui.backups.RemoveScheduleViewModel;
import org.bigvdm.ui.backups.RestoreViewModel;
import org.bigvdm.ui.backups.SchedulePreset;
import org.bigvdm.ui.backups.ScheduleEditorViewModel;
import org.bigvdm.ui.form.view.DialogShell;
import org.bigvdm.ui.form.view.DialogShell.Look;
import org.bigvdm.ui.form.view.FormGrid;

/** The backup dialogs: delete a backup, restore, the schedule editor and removing a schedule. */
public final class BackupDialogViews {
    private BackupDialogViews() {
    }

    public static Dialog<Backup> deleteBackup(DeleteBackupViewModel vm) {
        FormGrid form = new FormGrid();
        form.text(Bindings.createStringBinding(vm::warning), "warning", Styles.DANGER);
        return DialogShell.wrap(vm, Look.of("Delete backup", "Delete the backup " + vm.backup().label() + "?",
                "Delete backup").withIcon("mdi2d-delete-forever", true), form, () -> { });
    }

    public static Dialog<Backup> restore(RestoreViewModel vm) {
        TextField confirmation = FormGrid.boundField(vm.confirmationProperty(), "confirmation", vm.disc().label());
        FormGrid form = new FormGrid();
        form.text(Bindings.createStringBinding(vm::warning), "warning", Styles.DANGER);
        form.text(Bindings.createStringBinding(vm::safetyNote), "safety-note");
        form.text(Bindings.createStringBinding(vm::confirmationPrompt), "confirmation-prompt");
        form.field("Disc label", confirmation, vm.confirmationField().messageProperty(),
                "confirmation-error");
        // a running server: shut it down cleanly from here, watch the wait, stop waiting at any time
        Button shutDown = new Button("Shut down " + vm.server().serverName() + " first");
        shutDown.setId("restoreShutDownFirst");
        shutDown.setOnAction(e -> vm.shutDownFirst());
        Button stopWaiting = new Button("Stop waiting");
        stopWaiting.setId("restoreStopWaiting");
        stopWaiting.setOnAction(e -> vm.cancelShutDown());
        form.plain(shutDown, vm.canShutDownProperty());
        form.plain(stopWaiting, vm.shuttingDownProperty());
        form.text(vm.shutDownMessageProperty(), "restore-shutdown-message");
        return DialogShell.wrap(vm, Look.of("Restore backup", "Overwrite " + vm.disc().label() + " with this backup?",
                "Restore").withIcon("mdi2b-backup-restore", true), form, confirmation::requestFocus,
                vm.shutDownMessageProperty(), vm.canShutDownProperty());
    }

    public static Dialog<BackupSchedule> editSchedule(ScheduleEditorViewModel vm) {
        ComboBox<SchedulePreset> preset = new ComboBox<>(FXCollections.observableArrayList(SchedulePreset.values()));
        preset.setId("preset");
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        TextField interval = FormGrid.boundField(vm.intervalSecondsProperty(), "interval", "e.g. 21600");
        Label intervalWords = new Label();
        intervalWords.textProperty().bind(vm.intervalWordsProperty());
        intervalWords.getStyleClass().add(Styles.TEXT_MUTED);
        intervalWords.setMinWidth(Region.USE_PREF_SIZE);
        interval.setMinWidth(110);
        Label every = new Label("every");
        Label seconds = new Label("seconds");
        every.setMinWidth(Region.USE_PREF_SIZE);
        seconds.setMinWidth(Region.USE_PREF_SIZE);
        preset.setMinWidth(Region.USE_PREF_SIZE);
        HBox intervalBox = new HBox(8, every, interval, seconds, intervalWords);
        intervalBox.setAlignment(Pos.CENTER_LEFT);
        intervalBox.visibleProperty().bind(vm.presetProperty().isEqualTo(SchedulePreset.CUSTOM));
        intervalBox.managedProperty().bind(intervalBox.visibleProperty());
        // one row: a custom interval opens beside the preset, so no empty row is left when it is closed
        HBox runsRow = new HBox(8, preset, intervalBox);
        runsRow.setAlignment(Pos.CENTER_LEFT);
        TextField start = FormGrid.boundField(vm.startAtProperty(), "startAt", "HH:MM");
        Label zone = new Label(vm.zoneText());
        zone.setId("zone");
        zone.getStyleClass().add(Styles.TEXT_MUTED);
        zone.setMinWidth(Region.USE_PREF_SIZE);
        start.setPrefColumnCount(10);
        start.setMinWidth(110);
        HBox startRow = new HBox(8, start, zone);
        startRow.setAlignment(Pos.CENTER_LEFT);
        TextField capacity = FormGrid.boundField(vm.capacityProperty(), "capacity", "1 to 1000");

        FormGrid form = new FormGrid();
        form.field("Runs", runsRow, vm.intervalField().messageProperty(), "interval-error");
        form.field("Starting at", startRow, vm.startAtField().messageProperty(), "startAt-error");
        form.field("Keep", capacity, vm.capacityField().messageProperty(), "capacity-error");
        form.text(vm.firstRunProperty(), "first-run");
        form.text(vm.estimateProperty(), "estimate");
        if (vm.changing()) {
            form.text(Bindings.createStringBinding(() -> "A schedule cannot be edited: Change removes the old one,"
                    + " then adds this one."), "change-note", Styles.TEXT_MUTED);
        }
        String title = vm.changing() ? "Change backup schedule" : "Add backup schedule";
        String header = vm.changing() ? "Change the backup schedule of " + vm.disc().label()
                : "Back up " + vm.disc().label() + " on a schedule";
        return DialogShell.wrap(vm, Look.of(title, header, vm.changing() ? "Change" : "Add schedule")
                        .withIcon("mdi2c-calendar-clock", false), form, start::requestFocus,
                vm.intervalField().messageProperty(), vm.startAtField().messageProperty(),
                vm.capacityField().messageProperty(), vm.presetProperty());
    }

    public static Dialog<BackupSchedule> removeSchedule(RemoveScheduleViewModel vm) {
        FormGrid form = new FormGrid();
        form.text(Bindings.createStringBinding(vm::warning), "warning");
        return DialogShell.wrap(vm, Look.of("Remove backup schedule", "Remove this schedule of " + vm.disc().label()
                + "?", "Remove schedule").withIcon("mdi2c-calendar-remove", true), form, () -> { });
    }
}
