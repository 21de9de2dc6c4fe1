package org.bigvdm.service.change;

import java.time.Instant;
import java.util.List;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.session.Identity;

/**
 * A change that is over, as {@link ChangeService} tells its subscribers (an activity journal,
 * the main window): how it ended, as whom and where it was sent, when, and the servers it
 * touched as read afterwards.
 *
 * @param who    the identity (user and endpoints) it was sent as
 * @param reread the touched servers as read again after the change; empty when none was read,
 *               or the read failed
 */
public record FinishedChange(ChangeOutcome<?> outcome, Identity who, Instant sentAt, Instant finishedAt,
                             List<VirtualMachine> reread) {
    public FinishedChange {
        reread = List.copyOf(reread);
    }

    public Change change() {
        return outcome.change();
    }
}
