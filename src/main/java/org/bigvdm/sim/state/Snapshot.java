package org.bigvdm.sim.state;

import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The whole estate as flat lists: what the data file holds and what estates are built from.
 * Accounts carry no groups, groups no servers and servers no discs; the links are the ids.
 * Backup schedules live in their discs; backups are listed apart, linked by their parent disc's
 * id (a file from before backups has none).
 */
public record Snapshot(
        long nextId,
        List<Account> accounts,
        List<Group> groups,
        List<VirtualMachine> virtualMachines,
        List<Disc> discs,
        List<StoredBackup> backups) {

    public Snapshot {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
        groups = groups == null ? List.of() : List.copyOf(groups);
        virtualMachines = virtualMachines == null ? List.of() : List.copyOf(virtualMachines);
        discs = discs == null ? List.of() : List.copyOf(discs);
        backups = backups == null ? List.of() : List.copyOf(backups);
    }

    /** An estate without backups. */
    public Snapshot(long nextId, List<Account> accounts, List<Group> groups, List<VirtualMachine> virtualMachines,
                    List<Disc> discs) {
        this(nextId, accounts, groups, virtualMachines, discs, List.of());
    }
}
