/**
 * The Backups pane of the selected disc and its dialogs, ViewModel side: the pane's lists and
 * commands ({@link org.bigvdm.ui.backups.BackupsViewModel}), back up now, delete a backup,
 * restore ({@link org.bigvdm.ui.backups.RestoreViewModel}) and the schedule editor
 * ({@link org.bigvdm.ui.backups.ScheduleEditorViewModel}), opened through the
 * {@link org.bigvdm.ui.backups.BackupDialogs} port. Every write is a
 * {@link org.bigvdm.service.change.BackupChanges} request sent by the change service; reads go
 * through {@link org.bigvdm.service.backup.BackupService}. Input is checked with the shared
 * {@link org.bigvdm.api.model.BackupRules}, so the messages are the simulator's.
 *
 * <p>May use {@code javafx.beans} and {@code javafx.collections}, {@code api.model}, the service
 * layer, {@code ui.form}, {@code ui.dialogs} and {@code ui.common}. May not use {@code javafx.scene},
 * {@code javafx.stage}, the API clients or their exceptions: the ViewModels are tested without a
 * toolkit. Views live in {@code org.bigvdm.ui.backups.view}.
 */
package org.bigvdm.ui.backups;
