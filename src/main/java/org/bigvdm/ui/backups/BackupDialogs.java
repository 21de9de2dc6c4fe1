package org.bigvdm.ui.backups;

import java.util.Optional;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;

/**
 * How the Backups pane opens its dialogs. Each call blocks until the dialog closes and gives the
 * service's answer on success, or empty when cancelled (or the outcome became unknown). Tests
 * answer it directly; the app shows the real dialogs.
 */
public interface BackupDialogs {
    Optional<Backup> deleteBackup(DeleteBackupViewModel vm);

    Optional<Backup> restore(RestoreViewModel vm);

    Optional<BackupSchedule> editSchedule(ScheduleEditorViewModel vm);

    Optional<BackupSchedule> removeSchedule(RemoveScheduleViewModel vm);
}
