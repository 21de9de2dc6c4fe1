package org.bigvdm.api;

import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;

/**
 * Every brain call the app makes, as blocking methods (never call them on the FX thread).
 * Each throws a subclass of {@link org.bigvdm.api.error.ApiException}. Writes are sent once:
 * the implementation never retries a POST, PUT or DELETE.
 */
public interface BrainApi {

    /** {@code GET /accounts?view=overview&include_deleted=true}: the whole estate at once. */
    List<Account> overview();

    /** {@code GET /accounts/{a}?view=overview&include_deleted=true}. */
    Account account(String account);

    /** {@code GET /accounts/{a}/groups}. */
    List<Group> groups(String account);

    /** {@code GET /accounts/{a}/groups/{g}?view=overview}. */
    Group group(String account, String group);

    /** {@code GET /accounts/{a}/groups/{g}/virtual_machines[?include_deleted=true]}. */
    List<VirtualMachine> virtualMachines(String account, String group, boolean includeDeleted);

    /** {@code GET .../virtual_machines/{vm}?view=overview}. */
    VirtualMachine virtualMachine(VmRef vm);

    /** {@code GET /virtual_machines/{id}}. */
    VirtualMachine virtualMachine(long id);

    /**
     * {@code GET .../virtual_machines/{vm}?include_deleted=true&view=overview} (the official
     * client's read of one server, so a deleted one answers too), reduced to its power: what a
     * shutdown or restart polls every second or two. One small request.
     */
    PowerState powerState(VmRef vm);

    /** {@code PUT ...} with power_on and autoreboot_on true. */
    void start(VmRef vm);

    /** {@code PUT ...} with power_on and autoreboot_on false. */
    void stop(VmRef vm);

    /** {@code PUT ...} with power_on false and autoreboot_on true. */
    void restart(VmRef vm);

    /**
     * Clean shutdown, first half: {@code PUT {"autoreboot_on":false}} then
     * {@code POST .../signal {"signal":"powerdown"}}. The caller polls {@link #powerState} until
     * power_on is false (the guest takes its time), then may {@link #start} it: the restart that
     * applies disc changes. The service refuses the signal for a server that is already off.
     */
    void signalPowerdown(VmRef vm);

    /**
     * {@code POST .../signal {"signal":"reset"}}: reboots the guest in place, like a reset button.
     * The server stays on and disc changes are <b>not</b> applied (that needs a shutdown and a
     * start). The service refuses it for a server that is off.
     */
    void signalReset(VmRef vm);

    /**
     * {@code PUT .../virtual_machines/{vm} {"deleted":false}}: brings back a deleted server (it
     * stays off). Possible only for a while after deletion, never after a purge.
     */
    void undelete(VmRef vm);

    /** {@code GET .../discs}. */
    List<Disc> discs(VmRef vm);

    /** {@code GET .../discs/{disc}}: {@code disc} is a label or an id. */
    Disc disc(VmRef vm, String disc);

    /** {@code POST .../discs}: the created disc as the service answered it. */
    Disc createDisc(VmRef vm, DiscSpec spec);

    /** {@code PUT .../discs/{disc} {"size": newSizeMib}}: grow only. */
    Disc resizeDisc(VmRef vm, String disc, long newSizeMib);

    /** {@code PUT .../discs/{disc} {"label": newLabel}}. */
    Disc relabelDisc(VmRef vm, String disc, String newLabel);

    /**
     * {@code PUT .../discs/{disc} {"virtual_machine_id": id}}: the disc as it is on its new
     * server. Both servers must be off and the disc may not be the server's root (boot) disc; the
     * target keeps the 8-disc limit and unique labels. A refusal is a 400 naming the field.
     */
    Disc moveDisc(VmRef vm, String disc, long targetVmId);

    /** {@code DELETE .../discs/{disc}?purge=true}: destroys the data. There is no other delete. */
    void purgeDisc(VmRef vm, String disc);

    /**
     * {@code GET .../discs/{disc}/backups}: the disc's backups, oldest first as the simulator lists
     * them. A backup is in progress until it is on the grade {@code iceberg} ({@link Backup#inProgress()});
     * its label names when it was taken ({@link org.bigvdm.api.model.BackupTimes#takenAt}). A list may
     * carry only ids and labels.
     */
    List<Backup> backups(VmRef vm, String disc);

    /**
     * {@code POST .../discs/{disc}/backups} (no body): a manual backup, now. It comes back in
     * progress; poll {@link #backups} until it is done. A lost answer is settled by reading the
     * list, never by taking another.
     */
    Backup takeBackup(VmRef vm, String disc);

    /**
     * {@code PUT .../discs/{disc}/backups/{backup} {"restore": true}}: overwrites the disc with the
     * backup ({@code backup} a label or an id). The service first takes a backup of the disc as it
     * is; the disc then shows as restoring ({@link Disc#restoring()}) until done. Refused (400)
     * while the server is on.
     */
    Backup restoreBackup(VmRef vm, String disc, String backup);

    /** {@code DELETE .../discs/{disc}/backups/{backup}?purge=true}: the backup is gone for good. */
    void deleteBackup(VmRef vm, String disc, String backup);

    /**
     * {@code POST .../discs/{disc}/backup_schedules {start_at, interval_seconds, capacity}}: the
     * schedule as the service answered it. Check the spec with
     * {@link org.bigvdm.api.model.BackupRules} first. Schedules cannot be edited: remove and add.
     */
    BackupSchedule addBackupSchedule(VmRef vm, String disc, BackupScheduleSpec spec);

    /** {@code DELETE .../discs/{disc}/backup_schedules/{id}}: the backups it took stay until deleted. */
    void removeBackupSchedule(VmRef vm, String disc, long scheduleId);

    /** {@code GET /discs}. */
    List<Disc> allDiscs();

    /** {@code GET /discs?vm_id={id}}. */
    List<Disc> discsOfVm(long vmId);

    /** {@code GET /discs/{id}}. */
    Disc discById(long id);

    /** {@code DELETE /discs/{id}?purge=true}. */
    void purgeDiscById(long id);

    /** {@code GET /definitions} (no token needed), reduced to what the app uses. */
    Definitions definitions();

    /**
     * {@code GET /users/{username}/privileges}: what the user may do, so the app can tell before
     * anything fails ({@code vm_console} alone is read-only for discs). A 403 still wins over it.
     * A default so fakes written before this call need not change; the HTTP client implements it.
     */
    default List<Privilege> privileges(String username) {
        throw new UnsupportedOperationException("This BrainApi cannot read privileges");
    }
}
