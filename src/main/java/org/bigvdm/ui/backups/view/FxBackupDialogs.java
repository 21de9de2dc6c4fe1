package org.bigvdm.ui.backups.view;

import java.util.Optional;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.ui.backups.BackupDialogs;
import org.bigvdm.ui.backups.DeleteBackupViewModel;
import org.bigvdm.ui.backups.RemoveScheduleViewModel;
import org.bigvdm.ui.backups.RestoreViewModel;
import org.bigvdm.ui.backups.ScheduleEditorViewModel;

/** The backup dialogs, each modal over the main window and waited for. FX thread only. */
public final class FxBackupDialogs implements BackupDialogs {
    private final Window owner;

    public FxBackupDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Backup> deleteBackup(DeleteBackupViewModel vm) {
        return show(BackupDialogViews.deleteBackup(vm));
    }

    @Override
    public Optional<Backup> restore(RestoreViewModel vm) {
        return show(BackupDialogViews.restore(vm));
    }

    @Override
    public Optional<BackupSchedule> editSchedule(ScheduleEditorViewModel vm) {
        return show(BackupDialogViews.editSchedule(vm));
    }

    @Override
    public Optional<BackupSchedule> removeSchedule(RemoveScheduleViewModel vm) {
        return show(BackupDialogViews.removeSchedule(vm));
    }

    private <R> Optional<R> show(Dialog<R> dialog) {
        dialog.initOwner(owner);
        return dialog.showAndWait();
    }
}
