/**
 * Reading a disc's backups and schedules, off the FX thread, and waiting for a backup in progress
 * to be done ({@link org.bigvdm.service.backup.BackupService}). Every backup <em>write</em> is a
 * {@link org.bigvdm.service.change.ChangeRequest} from
 * {@link org.bigvdm.service.change.BackupChanges}, sent by the change service; this package only
 * reads, and reads again after each finished backup change.
 *
 * <p>No {@code javafx.scene}, nothing from {@code ui} or {@code app}.
 */
package org.bigvdm.service.backup;
