package org.bigvdm.ui.dialogs;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ServerTarget;

/**
 * The server a dialog works on, as the main window last read it: enough to check labels and
 * the disc count locally, to word notes ("the server is running") and to address the change.
 *
 * @param readOnly the user may see this server but not change it (a 403 earlier, say)
 */
public record ServerContext(ServerTarget target, String serverName, boolean powerOn, boolean deleted,
                            boolean readOnly, List<Disc> discs, Definitions definitions) {

    public ServerContext {
        Objects.requireNonNull(target, "target");
        serverName = serverName == null ? target.name() : serverName;
        discs = discs == null ? List.of() : List.copyOf(discs);
        definitions = definitions == null ? new Definitions(null, null, null) : definitions;
    }

    /** The server as last read, with what is known of the user's rights there. */
    public static ServerContext of(ServerEntry s, AccessRights access, Definitions definitions) {
        return new ServerContext(ServerTarget.of(s), s.vm().name(), s.vm().powerOn(), s.vm().deleted(),
                !access.mayChange(s), s.vm().discs(), definitions);
    }

    /** Labels of the discs on this server, in list order. */
    public List<String> labels() {
        return discs.stream().map(Disc::label).filter(Objects::nonNull).toList();
    }

    /** Labels of the other discs: a disc may keep its own label when relabelled. */
    public List<String> labelsExcept(Disc disc) {
        return discs.stream().filter(d -> d.id() != disc.id())
                .map(Disc::label).filter(Objects::nonNull).toList();
    }

    /** Why no disc on this server may change, or empty when they may. */
    public Optional<String> whyDiscsCannotChange() {
        if (deleted) {
            return Optional.of("The server " + serverName + " is deleted: its discs cannot change.");
        }
        if (readOnly) {
            return Optional.of("You may look at the server " + serverName + " but not change it.");
        }
        return Optional.empty();
    }

    /** Why no disc can be added (deleted, read-only, or already at the limit), or empty. */
    public Optional<String> whyCannotAddDisc() {
        return whyDiscsCannotChange().or(() -> discs.size() >= DiscRules.MAX_DISCS_PER_SERVER
                ? Optional.of("The server " + serverName + " already has " + discs.size()
                        + " discs, the most a server can have.")
                : Optional.empty());
    }
}
