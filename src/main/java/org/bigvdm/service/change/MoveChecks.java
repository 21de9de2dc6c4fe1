package org.bigvdm.service.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ServerEntry;

/**
 * Whether a disc may move to another server, checked before anything is sent, with the reason in
 * words: the same rules the service enforces (both servers off, not the boot disc, fewer than 8
 * discs and no disc of the same label on the target) plus what the app knows of the user's
 * rights. The service still has the last word; a 400 it sends is shown as it is.
 */
public final class MoveChecks {
    private MoveChecks() {
    }

    /** Which rule refuses a move. */
    public enum Rule {
        SAME_SERVER, DELETED, READ_ONLY, BOOT_DISC, TARGET_FULL, LABEL_TAKEN,
        /** A server is running: shutting it (them) down first makes the move possible. */
        POWERED_ON
    }

    /**
     * One reason a move cannot be made now.
     *
     * @param running for {@link Rule#POWERED_ON}, the servers to shut down first; else empty
     */
    public record Refusal(Rule rule, String reason, List<ServerEntry> running) {
        public Refusal {
            running = List.copyOf(running);
        }

        static Refusal of(Rule rule, String reason) {
            return new Refusal(rule, reason, List.of());
        }
    }

    /** Every reason the move cannot be made, the ones nothing but another choice can fix first. */
    public static List<Refusal> check(ServerEntry from, Disc disc, ServerEntry to, AccessRights access) {
        List<Refusal> out = new ArrayList<>();
        String target = to.vm().name();
        if (from.vm().id() == to.vm().id()) {
            out.add(Refusal.of(Rule.SAME_SERVER, "The disc " + disc.label() + " is already on " + target + "."));
            return out;
        }
        if (from.vm().deleted() || to.vm().deleted()) {
            ServerEntry gone = from.vm().deleted() ? from : to;
            out.add(Refusal.of(Rule.DELETED, "The server " + gone.vm().name() + " is deleted."));
        }
        for (ServerEntry s : List.of(from, to)) {
            if (!access.mayChange(s)) {
                out.add(Refusal.of(Rule.READ_ONLY, "You may look at the server " + s.vm().name()
                        + " (account " + s.account().name() + ") but not change it."));
            }
        }
        if (!from.vm().discs().isEmpty() && from.vm().discs().get(0).id() == disc.id()) {
            out.add(Refusal.of(Rule.BOOT_DISC, "The disc " + disc.label() + " is " + from.vm().name()
                    + "'s boot disc (its first), which cannot be moved."));
        }
        int count = to.vm().discs().size();
        if (count >= DiscRules.MAX_DISCS_PER_SERVER) {
            out.add(Refusal.of(Rule.TARGET_FULL, target + " already has " + count + " discs, the most a server can have."));
        }
        if (to.vm().discs().stream().anyMatch(d -> DiscRules.sameLabel(d.label(), disc.label()))) {
            out.add(Refusal.of(Rule.LABEL_TAKEN, target + " already has a disc labelled " + disc.label()
                    + ". Rename one of them first."));
        }
        List<ServerEntry> running = new ArrayList<>();
        for (ServerEntry s : List.of(from, to)) {
            if (s.vm().powerOn()) {
                running.add(s);
            }
        }
        if (!running.isEmpty()) {
            String names = String.join(" and ", running.stream().map(s -> s.vm().name()).toList());
            out.add(new Refusal(Rule.POWERED_ON, "Both servers must be powered off to move a disc: " + names
                    + (running.size() == 1 ? " is" : " are") + " running.", running));
        }
        return out;
    }

    /** The first reason, or empty when the move may be sent. */
    public static Optional<Refusal> first(ServerEntry from, Disc disc, ServerEntry to, AccessRights access) {
        return check(from, disc, to, access).stream().findFirst();
    }
}
