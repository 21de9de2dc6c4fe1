package org.bigvdm.api;

import org.bigvdm.api.model.VirtualMachine;

/**
 * A server's power as one read of it shows ({@link BrainApi#powerState}): what a shutdown or
 * restart polls, and nothing more, so a poll can never be mistaken for a full re-read of the
 * server (its discs, its place in the tree).
 */
public record PowerState(boolean powerOn, boolean autorebootOn, boolean deleted) {

    public static PowerState of(VirtualMachine vm) {
        return new PowerState(vm.powerOn(), vm.autorebootOn(), vm.deleted());
    }
}
