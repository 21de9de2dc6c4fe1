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
    REMOVE_SCHEDULE,
    /** {@code PUT .../virtual_machines/{vm} {"power_on":true,"autoreboot_on":true}}. */
    START_SERVER,
    /**
     * A clean shutdown, first half: {@code PUT .../virtual_machines/{vm} {"autoreboot_on":false}}
     * then {@code POST .../signal {"signal":"powerdown"}}. The guest powers off in its own time;
     * the app then polls the server's power (reads, see {@link ServerPower}).
     */
    SHUTDOWN_SERVER,
    /** The hard stop: {@code PUT .../virtual_machines/{vm} {"power_on":false,"autoreboot_on":false}}. */
    STOP_SERVER,
    /**
     * The start that ends a restart, once a clean shutdown ({@link #SHUTDOWN_SERVER}) was seen to
     * finish: the same {@code PUT {"power_on":true,"autoreboot_on":true}} as {@link #START_SERVER},
     * kept apart so a journal can say the server was restarted and its disc changes applied.
     */
    RESTART_SERVER,
    /**
     * {@code POST .../signal {"signal":"reset"}}: reboots in place, like a reset button. The server
     * never shows as off, so disc changes are <b>not</b> applied.
     */
    RESET_SERVER,
    /** {@code PUT .../virtual_machines/{vm} {"deleted":false}}: a deleted server comes back (off). */
    UNDELETE_SERVER,
    /** {@code PUT .../discs/{disc} {"virtual_machine_id": id}}: the disc moves to the destination server. */
    MOVE_DISC
}
