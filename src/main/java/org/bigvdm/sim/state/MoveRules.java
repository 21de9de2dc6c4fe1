package org.bigvdm.sim.state;

import java.util.List;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/**
 * When a disc may move to another server ({@code PUT .../discs/{disc}} with another
 * {@code virtual_machine_id}). The official client says "both servers must be shutdown and root
 * discs cannot be moved"; the simulator answers each refusal as a Rails-style 400:
 * <ul>
 *   <li>{@code {"disc": ["is the server's boot disc and cannot be moved"]}}: (sim) the boot disc
 *       is the first in the server's disc list, which the simulator keeps in the order discs
 *       joined the server (created there, or moved in: a moved disc goes to the end), so a disc
 *       moved onto a server never becomes its boot disc;</li>
 *   <li>{@code {"virtual_machine_id": ["does not exist"]}} for an unknown target (a 400, not a
 *       404: the disc and its server were found, the value sent is what is wrong), and
 *       {@code ["is deleted and cannot change"]} for a deleted one;</li>
 *   <li>{@code {"virtual_machine_id": ["both servers must be powered off to move a disc"]}};</li>
 *   <li>{@code {"discs": ["at most 8 per server"]}} and
 *       {@code {"label": ["is already in use on this server"]}} for the target, checked by
 *       {@link DiscOperations} with the other label rules.</li>
 * </ul>
 * Every problem found is reported at once. The caller holds the estate's write lock.
 */
final class MoveRules {
    private MoveRules() {
    }

    /** The server {@code disc} may move to, or null when there is none to check further. */
    static VirtualMachine target(SimState state, VirtualMachine from, Disc disc, long targetId, FieldErrors errors) {
        if (isBootDisc(state, from, disc)) {
            errors.add("disc", "is the server's boot disc and cannot be moved");
        }
        VirtualMachine target = state.vmOrNull(targetId);
        if (target == null) {
            errors.add("virtual_machine_id", "does not exist");
            return null;
        }
        if (target.deleted()) {
            errors.add("virtual_machine_id", "is deleted and cannot change");
            return null;
        }
        if (from.powerOn() || target.powerOn()) {
            errors.add("virtual_machine_id", "both servers must be powered off to move a disc");
        }
        return target;
    }

    static boolean isBootDisc(SimState state, VirtualMachine vm, Disc disc) {
        List<Disc> discs = state.discsOfLocked(vm.id());
        return !discs.isEmpty() && discs.get(0).id() == disc.id();
    }
}
