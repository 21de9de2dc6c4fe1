package org.bigvdm.testutil;

import java.util.List;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.PowerState;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;

/**
 * Base for test fakes of {@link BrainApi}: every call fails loudly unless the fake overrides
 * it, so a test can never pass by hitting a call nobody meant it to make.
 */
public abstract class UnsupportedBrainApi implements BrainApi {

    private UnsupportedOperationException unused(String call) {
        return new UnsupportedOperationException(getClass().getSimpleName() + " does not answer " + call);
    }

    @Override public List<Account> overview() { throw unused("overview"); }
    @Override public Account account(String account) { throw unused("account"); }
    @Override public List<Group> groups(String account) { throw unused("groups"); }
    @Override public Group group(String account, String group) { throw unused("group"); }
    @Override public List<VirtualMachine> virtualMachines(String a, String g, boolean d) { throw unused("virtualMachines"); }
    @Override public VirtualMachine virtualMachine(VmRef vm) { throw unused("virtualMachine"); }
    @Override public VirtualMachine virtualMachine(long id) { throw unused("virtualMachine(id)"); }
    @Override public PowerState powerState(VmRef vm) { throw unused("powerState"); }
    @Override public void start(VmRef vm) { throw unused("start"); }
    @Override public void stop(VmRef vm) { throw unused("stop"); }
    @Override public void restart(VmRef vm) { throw unused("restart"); }
    @Override public void signalPowerdown(VmRef vm) { throw unused("signalPowerdown"); }
    @Override public void signalReset(VmRef vm) { throw unused("signalReset"); }
    @Override public void undelete(VmRef vm) { throw unused("undelete"); }
    @Override public List<Disc> discs(VmRef vm) { throw unused("discs"); }
    @Override public Disc disc(VmRef vm, String disc) { throw unused("disc"); }
    @Override public Disc createDisc(VmRef vm, DiscSpec spec) { throw unused("createDisc"); }
    @Override public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) { throw unused("resizeDisc"); }
    @Override public Disc relabelDisc(VmRef vm, String disc, String newLabel) { throw unused("relabelDisc"); }
    @Override public Disc moveDisc(VmRef vm, String disc, long targetVmId) { throw unused("moveDisc"); }
    @Override public void purgeDisc(VmRef vm, String disc) { throw unused("purgeDisc"); }
    @Override public List<Backup> backups(VmRef vm, String disc) { throw unused("backups"); }
    @Override public Backup takeBackup(VmRef vm, String disc) { throw unused("takeBackup"); }
    @Override public Backup restoreBackup(VmRef vm, String disc, String backup) { throw unused("restoreBackup"); }
    @Override public void deleteBackup(VmRef vm, String disc, String backup) { throw unused("deleteBackup"); }
    @Override public BackupSchedule addBackupSchedule(VmRef vm, String disc, BackupScheduleSpec spec) {
        throw unused("addBackupSchedule");
    }
    @Override public void removeBackupSchedule(VmRef vm, String disc, long id) { throw unused("removeBackupSchedule"); }
    @Override public List<Disc> allDiscs() { throw unused("allDiscs"); }
    @Override public List<Disc> discsOfVm(long vmId) { throw unused("discsOfVm"); }
    @Override public Disc discById(long id) { throw unused("discById"); }
    @Override public void purgeDiscById(long id) { throw unused("purgeDiscById"); }
    @Override public Definitions definitions() { throw unused("definitions"); }
}
