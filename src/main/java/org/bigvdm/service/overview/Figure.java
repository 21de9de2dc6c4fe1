package org.bigvdm.service.overview;

/**
 * One number of the overview: how many things it counts, their storage in MiB, and the slice
 * of the estate it stands for.
 *
 * @param count servers or discs counted, as the figure's words say
 * @param mib   the storage of the discs counted
 */
public record Figure(String name, int count, long mib, Slice slice) {
}
