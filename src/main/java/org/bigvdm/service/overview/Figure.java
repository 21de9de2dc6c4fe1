package org.bigvdm.service.overview;

import java.util.function.Supplier;

/**
 * One number of the overview: how many things it counts, their storage in MiB, and the slice
 * of the estate it stands for. The slice (ids of servers and discs) is worked out when first
 * asked for, on a click: listing 80,000 ids for every figure up front would slow the overview.
 *
 * @param count servers or discs counted, as the figure's words say
 * @param mib   the storage of the discs counted
 */
public record Figure(String name, int count, long mib, Supplier<Slice> sliceSource) {

    public Slice slice() {
        return sliceSource.get();
    }
}
