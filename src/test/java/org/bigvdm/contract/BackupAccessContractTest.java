package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.INTRANET;
import static org.bigvdm.contract.Contract.MONITOR;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.WWW2;
import static org.bigvdm.contract.Contract.thrown;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Backup and schedule writes follow the rules of disc writes: {@code readonly} may read but
 * change nothing, {@code mixed} may change only the servers its privileges cover, and nobody
 * changes the discs of a deleted server. Every refusal leaves the estate as it was.
 */
class BackupAccessContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final VmRef VPN = new VmRef("northwind", "office", "vpn");

    private final Contract c = new Contract(SIM);

    /** Every backup write on the disc (a backup that exists, a schedule id that may not). */
    private static List<ThrowingCallable> writes(BrainApi brain, VmRef vm, String disc, String backup) {
        return List.of(() -> brain.takeBackup(vm, disc), () -> brain.restoreBackup(vm, disc, backup),
                () -> brain.deleteBackup(vm, disc, backup),
                () -> brain.addBackupSchedule(vm, disc, new BackupScheduleSpec("00:00", 86400, 7)),
                () -> brain.removeBackupSchedule(vm, disc, 1));
    }

    private void refusedAll(BrainApi brain, VmRef vm, String disc, String backup, String message) {
        Snapshot before = c.state().snapshot();
        for (ThrowingCallable write : writes(brain, vm, disc, backup)) {
            ForbiddenException e = thrown(ForbiddenException.class, write);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.getMessage()).contains(message);
        }
        assertThat(c.state().snapshot()).isEqualTo(before);
    }

    @Test
    void readonlyMayListBackupsButChangeNothing() {
        BrainApi readonly = c.brainAs("readonly");
        String backup = c.stateBackups(WWW2, "root").get(0).label();
        assertThat(readonly.backups(WWW2, "root")).isEqualTo(c.stateBackups(WWW2, "root"));
        refusedAll(readonly, WWW2, "root", backup, "readonly may read but not change anything");
        refusedAll(readonly, BUILD, "root", "1", "readonly may read but not change anything");
    }

    @Test
    void mixedChangesBackupsOnlyWhereItsPrivilegesCover() {
        BrainApi mixed = c.brainAs("mixed");
        c.brain().takeBackup(INTRANET, "root");
        String backup = c.stateBackups(INTRANET, "root").get(0).label();
        refusedAll(mixed, INTRANET, "root", backup, "mixed may read but not change this server"); // vm_console
        assertThat(mixed.backups(INTRANET, "root")).hasSize(1);

        mixed.takeBackup(BUILD, "root");                                          // account_admin
        mixed.addBackupSchedule(VPN, "root", new BackupScheduleSpec("00:00", 86400, 7)); // group_admin
        assertThat(c.stateBackups(BUILD, "root")).hasSize(1);
        assertThat(c.requireStateDisc(VPN, "root").backupSchedules()).hasSize(1);
        thrown(ForbiddenException.class, () -> mixed.takeBackup(MONITOR, "vda"));
    }

    /** (The demo's deleted server has no backups: restoring or deleting one is a 404 first.) */
    @Test
    void theDiscsOfADeletedServerTakeNoBackupsAndNoSchedules() {
        Snapshot before = c.state().snapshot();
        for (ThrowingCallable write : List.<ThrowingCallable>of(() -> c.brain().takeBackup(OLDSHOP, "vda"),
                () -> c.brain().addBackupSchedule(OLDSHOP, "vda", new BackupScheduleSpec("00:00", 86400, 7)))) {
            assertThat(thrown(ForbiddenException.class, write).getMessage()).contains("is deleted and cannot change");
        }
        thrown(org.bigvdm.api.error.NotFoundException.class, () -> c.brain().deleteBackup(OLDSHOP, "vda", "1"));
        assertThat(c.brain().backups(OLDSHOP, "vda")).as("still readable").isEmpty();
        assertThat(c.state().snapshot()).isEqualTo(before);
    }
}
