package org.bigvdm.sim.state;

import java.util.List;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/** Copies of the immutable model records with one thing changed. */
final class Records {
    private Records() {
    }

    static VirtualMachine withDiscs(VirtualMachine v, List<Disc> discs) {
        return v.withDiscs(discs);
    }

    /**
     * A server as the estate stores it: without its discs (the links are ids), and with a host
     * exactly when it runs, whatever an older data file said (it held {@code "head": true}).
     */
    static VirtualMachine stored(VirtualMachine v) {
        return withPower(withDiscs(v, List.of()), v.powerOn(), v.autorebootOn());
    }

    /**
     * A server switched on or off. A running server names the host it runs on, as the real service
     * does ({@code "head": "head212"}); one that is off has no host ({@code null}).
     */
    static VirtualMachine withPower(VirtualMachine v, boolean powerOn, boolean autoreboot) {
        String head = !powerOn ? null : v.head() != null ? v.head() : headFor(v.id());
        return v.withPower(powerOn, autoreboot, head);
    }

    /** The host a server starts on: stable per server, so answers are repeatable. */
    static String headFor(long vmId) {
        return "head" + (100 + vmId % 150);
    }

    static VirtualMachine withDeleted(VirtualMachine v, boolean deleted) {
        return new VirtualMachine(v.id(), v.name(), v.groupId(), v.cores(), v.memory(), v.powerOn(),
                v.autorebootOn(), deleted, v.hostname(), v.zoneName(), v.hardwareProfile(),
                v.managementAddress(), v.cdromUrl(), v.head(), v.keymap(), v.lastImagedWith(), v.discs(),
                v.networkInterfaces());
    }

    /** A disc on another grade, e.g. {@code iceberg} while a backup is restored onto it. */
    static Disc withGrades(Disc d, String grade, String newGrade) {
        return new Disc(d.id(), d.label(), d.size(), grade, d.storagePool(), d.virtualMachineId(), d.backupsEnabled(),
                d.backupCount(), d.backupSchedules(), d.resourceName(), newGrade, d.newStoragePool(),
                d.migrationProgress(), d.migrationEta(), d.migrationSpeed());
    }
}
