package org.bigvdm.testutil;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.sim.state.GeneratedEstate;
import org.bigvdm.sim.state.SimState;
import org.bigvdm.sim.time.Timeline;

/**
 * The simulator's generated estate ({@code --vms N --seed S}) as the app holds it after a full
 * read, deleted servers included; optionally with every disc passed through a change first
 * (to give some discs migrations or backups the generator does not make).
 */
public final class GeneratedEstates {
    private GeneratedEstates() {
    }

    public static Estate estate(int vms, long seed) {
        return estate(vms, seed, UnaryOperator.identity());
    }

    public static Estate estate(int vms, long seed, UnaryOperator<Disc> discChange) {
        SimState state = new SimState(() -> GeneratedEstate.build(vms, seed), new Timeline(Clock.systemUTC()),
                Duration.ofSeconds(1));
        List<Account> accounts = new ArrayList<>();
        for (Account a : state.accounts(true, true)) {
            List<Group> groups = new ArrayList<>();
            for (Group g : a.groups()) {
                List<VirtualMachine> servers = new ArrayList<>();
                for (VirtualMachine vm : g.virtualMachines()) {
                    servers.add(vm.withDiscs(vm.discs().stream().map(discChange).toList()));
                }
                groups.add(new Group(g.id(), g.accountId(), g.name(), servers));
            }
            accounts.add(new Account(a.id(), a.name(), a.suspended(), groups));
        }
        return new Estate(accounts);
    }

    /**
     * Varies discs by id: every 7th migrating to ssd, every 5th with 3 backups, every 11th with a
     * schedule, the rest as generated.
     */
    public static Disc varied(Disc d) {
        Disc out = d;
        if (d.id() % 7 == 0) {
            out = new Disc(out.id(), out.label(), out.size(), out.storageGrade(), out.storagePool(),
                    out.virtualMachineId(), out.backupsEnabled(), out.backupCount(), out.backupSchedules(),
                    out.resourceName(), "ssd", null, 40, 120, 50);
        }
        if (d.id() % 5 == 0) {
            out = out.withBackups(true, 3, out.backupSchedules());
        }
        if (d.id() % 11 == 0) {
            out = out.withBackups(true, out.backupCount() == null ? 0 : out.backupCount(),
                    List.of(new BackupSchedule(d.id(), "2026-01-01T00:00:00Z", 86400, 7)));
        }
        return out;
    }
}
