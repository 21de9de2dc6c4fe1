package org.bigvdm.sim.state;

import java.util.List;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/** Copies of the immutable model records with one thing changed. */
final class Records {
    private Records() {
    }

    static VirtualMachine withDiscs(VirtualMachine v, List<Disc> discs) {
        return new VirtualMachine(v.id(), v.name(), v.groupId(), v.cores(), v.memory(), v.powerOn(),
                v.autorebootOn(), v.deleted(), v.hostname(), v.zoneName(), v.hardwareProfile(),
                v.managementAddress(), v.cdromUrl(), v.head(), v.keymap(), v.lastImagedWith(), discs,
                v.networkInterfaces());
    }

    static VirtualMachine withoutDiscs(VirtualMachine v) {
        return withDiscs(v, List.of());
    }

    static VirtualMachine withPower(VirtualMachine v, boolean powerOn, boolean autoreboot) {
        return new VirtualMachine(v.id(), v.name(), v.groupId(), v.cores(), v.memory(), powerOn,
                autoreboot, v.deleted(), v.hostname(), v.zoneName(), v.hardwareProfile(),
                v.managementAddress(), v.cdromUrl(), v.head(), v.keymap(), v.lastImagedWith(), v.discs(),
                v.networkInterfaces());
    }

    static VirtualMachine withDeleted(VirtualMachine v, boolean deleted) {
        return new VirtualMachine(v.id(), v.name(), v.groupId(), v.cores(), v.memory(), v.powerOn(),
                v.autorebootOn(), deleted, v.hostname(), v.zoneName(), v.hardwareProfile(),
                v.managementAddress(), v.cdromUrl(), v.head(), v.keymap(), v.lastImagedWith(), v.discs(),
                v.networkInterfaces());
    }
}
