package org.bigvdm.ui.backups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.ui.form.DialogForm;

/**
 * Answers the pane's dialogs as a user would: fills the form with {@code fill}, presses OK once
 * (if {@code pressOk}), and returns what the dialog would close with. Remembers each dialog.
 */
final class ScriptedBackupDialogs implements BackupDialogs {
    final List<BackupFormViewModel<?>> opened = new ArrayList<>();
    Consumer<BackupFormViewModel<?>> fill = vm -> { };
    boolean pressOk = true;

    private <R> Optional<R> answer(BackupFormViewModel<R> vm) {
        opened.add(vm);
        fill.accept(vm);
        if (pressOk) {
            vm.submit();
        }
        return Optional.ofNullable(((DialogForm<R>) vm).resultProperty().get());
    }

    @SuppressWarnings("unchecked")
    <T> T last() {
        return (T) opened.get(opened.size() - 1);
    }

    @Override
    public Optional<Backup> deleteBackup(DeleteBackupViewModel vm) {
        return answer(vm);
    }

    @Override
    public Optional<Backup> restore(RestoreViewModel vm) {
        return answer(vm);
    }

    @Override
    public Optional<BackupSchedule> editSchedule(ScheduleEditorViewModel vm) {
        return answer(vm);
    }

    @Override
    public Optional<BackupSchedule> removeSchedule(RemoveScheduleViewModel vm) {
        return answer(vm);
    }
}
