package org.bigvdm.service.change;

/**
 * Every kind of change the app can make. Together with a {@link Change}'s targets and what it
 * asked, the kind is enough to say which request was sent (for a journal, or a command to copy).
 */
public enum ChangeKind {
    /** {@code POST .../virtual_machines/{vm}/discs} with label, size and storage grade. */
    CREATE_DISC,
    /** {@code PUT .../discs/{disc}} with the new total size. */
    RESIZE_DISC,
    /** {@code PUT .../discs/{disc}} with the new label. */
    RELABEL_DISC,
    /** {@code DELETE .../discs/{disc}?purge=true}. */
    PURGE_DISC,
    /** {@code POST .../discs/{disc}/backups} (no body): a manual backup, now. */
    BACKUP_DISC,
    /** {@code DELETE .../discs/{disc}/backups/{backup}?purge=true}. */
    DELETE_BACKUP,
    /** {@code PUT .../discs/{disc}/backups/{backup} {"restore": true}}: overwrites the disc. */
    RESTORE_BACKUP,
    /** {@code POST .../discs/{disc}/backup_schedules {start_at, interval_seconds, capacity}}. */
    ADD_SCHEDULE,
    /** {@code DELETE .../discs/{disc}/backup_schedules/{id}}. */
    REMOVE_SCHEDULE
}
