package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.time.Timeline;

/**
 * Changes to a server itself, with the real service's timing shape (contract section 4):
 * <ul>
 *   <li>start ({@code power_on} true) and stop ({@code power_on} false, {@code autoreboot_on}
 *       false) take effect at once;</li>
 *   <li>restart ({@code power_on} false, {@code autoreboot_on} true) answers with the server
 *       running again;</li>
 *   <li>the {@code powerdown} signal is the guest's clean shutdown: the server goes off after the
 *       powerdown delay, on the estate's {@link Timeline}, or boots again then if
 *       {@code autoreboot_on} is still true;</li>
 *   <li>the {@code reset} signal reboots the guest in place: the server stays on (and, as the
 *       real service says, a reset does not apply disc changes);</li>
 *   <li>{@code {"deleted": false}} undeletes a deleted server (it stays off).</li>
 * </ul>
 * A stop or restart ends a shutdown in progress; so does a reset. Each change is checked and
 * applied under the estate's write lock.
 */
public final class ServerOperations {
    private final SimState state;

    ServerOperations(SimState state) {
        this.state = state;
    }

    /** The key of a server's pending powerdown on the timeline. */
    public static String powerdownKey(long vmId) {
        return "vm/" + vmId + "/powerdown";
    }

    /**
     * {@code PUT .../virtual_machines/{vm}}: {@code power_on}, {@code autoreboot_on} and
     * {@code deleted} (false only); other fields are dropped, as PUT works like PATCH.
     */
    public VirtualMachine update(long vmId, JsonNode body) {
        var errors = new FieldErrors();
        Boolean powerOn = errors.bool(body, "power_on");
        Boolean autoreboot = errors.bool(body, "autoreboot_on");
        Boolean deleted = errors.bool(body, "deleted");
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            if (Boolean.TRUE.equals(deleted) && !vm.deleted()) {
                // (sim) servers are deleted with DELETE, which the simulator does not serve.
                errors.add("deleted", "can only be changed to false");
            }
            errors.throwIfAny();
            VirtualMachine updated = vm;
            if (Boolean.FALSE.equals(deleted) && vm.deleted()) {
                updated = Records.withPower(Records.withDeleted(vm, false), false, false);
            }
            SimError.refuseIfDeleted(updated);
            if (powerOn != null || autoreboot != null) {
                updated = power(updated, powerOn, autoreboot);
            }
            if (!updated.equals(vm)) {
                state.putVm(updated);
                state.changed();
            }
            return state.withDiscs(updated);
        });
    }

    /**
     * {@code POST .../virtual_machines/{vm}/signal}: {@code powerdown} or {@code reset}, only to a
     * running server. A second powerdown while one is under way keeps the first one's time.
     */
    public void signal(long vmId, JsonNode body, Duration powerdownDelay) {
        JsonNode signal = body.get("signal");
        String name = signal != null && signal.isTextual() ? signal.asText() : "";
        if (!name.equals("powerdown") && !name.equals("reset")) {
            throw SimError.badRequest("signal", "is not included in the list");
        }
        state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            SimError.refuseIfDeleted(vm);
            if (!vm.powerOn()) {
                // The API docs: signals can only be sent to a powered-on server. (sim) the answer.
                throw SimError.badRequest("virtual_machine", "must be powered on");
            }
            Timeline timeline = state.timeline();
            String key = powerdownKey(vmId);
            if (name.equals("reset")) {
                timeline.cancel(key); // rebooted in place: a shutdown under way is over
            } else if (!timeline.pending(key)) {
                timeline.after(key, powerdownDelay, due -> finishPowerdown(vmId));
            }
            return null;
        });
    }

    private VirtualMachine power(VirtualMachine vm, Boolean powerOn, Boolean autoreboot) {
        boolean newAutoreboot = autoreboot != null ? autoreboot : vm.autorebootOn();
        boolean newPower = powerOn != null ? powerOn : vm.powerOn();
        if (Boolean.FALSE.equals(powerOn)) {
            state.timeline().cancel(powerdownKey(vm.id())); // off at once: the guest's shutdown is moot
            if (newAutoreboot) {
                newPower = true; // a restart: autoreboot brings it straight back
            }
        }
        return Records.withPower(vm, newPower, newAutoreboot);
    }

    /** The guest finished its clean shutdown: off, unless autoreboot boots it again at once. */
    private void finishPowerdown(long vmId) {
        state.write(() -> {
            VirtualMachine vm = state.vmOrNull(vmId);
            if (vm != null && vm.powerOn() && !vm.deleted() && !vm.autorebootOn()) {
                state.putVm(Records.withPower(vm, false, false));
                state.changed();
            }
            return null;
        });
    }
}
