package org.bigvdm.service.change;

import java.util.Map;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.ServerEntry;

/**
 * Moving a disc to another server as a {@link ChangeRequest}: one PUT, never re-sent; the change
 * names both servers, so the change service reads both again afterwards. Check the move first
 * with {@link MoveChecks}: the service refuses what it would refuse, but only after a request.
 */
public final class MoveChanges {
    private MoveChanges() {
    }

    /**
     * {@link ChangeKind#MOVE_DISC}: {@code PUT .../discs/{disc} {"virtual_machine_id": to}},
     * addressed to the disc's server by the disc's id. The answer is the disc on its new server.
     */
    public static ChangeRequest<Disc> move(ServerEntry from, Disc disc, ServerEntry to) {
        ServerTarget source = ServerTarget.of(from);
        ServerTarget destination = ServerTarget.of(to);
        DiscTarget target = DiscTarget.of(disc);
        long toId = to.vm().id();
        Change change = new Change(ChangeKind.MOVE_DISC, source, target, destination,
                Map.of("virtual_machine_id", toId), Map.of("virtual_machine_id", from.vm().id()));
        return new ChangeRequest<>(change, "Moving disc " + disc.label() + " to " + to.vm().name(),
                api -> api.moveDisc(source.ref(), target.address(), toId));
    }
}
