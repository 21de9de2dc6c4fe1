package org.bigvdm.service.overview;

import java.util.Collections;
import java.util.Set;

/**
 * What one figure of the overview counts: the servers and discs behind it, so clicking the
 * figure can show exactly those in the tree and the table.
 *
 * @param title   what the figure is, in words ("Discs with no backup and no schedule")
 * @param servers ids of the servers it counts (for discs: the servers holding them)
 * @param discs   ids of the discs it counts (for servers: all their discs)
 */
public record Slice(String title, Set<Long> servers, Set<Long> discs) {
    /** The sets are kept as given (the overview hands over read-only ones): copying 80,000 ids per figure is slow. */
    public Slice {
        servers = Collections.unmodifiableSet(servers);
        discs = Collections.unmodifiableSet(discs);
    }

    public int serverCount() {
        return servers.size();
    }

    public int discCount() {
        return discs.size();
    }
}
