package org.bigvdm.service.change;

import java.util.Objects;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;

/**
 * A server as a change names it: ids that stay put (for the estate, the tree and the rights
 * learnt from a 403) and the names the request path is built from.
 */
public record ServerTarget(long accountId, long groupId, long serverId, VmRef ref) {

    public ServerTarget {
        Objects.requireNonNull(ref, "ref");
    }

    public static ServerTarget of(ServerEntry server) {
        return new ServerTarget(server.account().id(), server.group().id(), server.vm().id(), server.ref());
    }

    public String name() {
        return ref.vm();
    }

    /** The server's node key, as the tree and the table know it. */
    public String key() {
        return NodeKeys.server(accountId, groupId, serverId);
    }
}
