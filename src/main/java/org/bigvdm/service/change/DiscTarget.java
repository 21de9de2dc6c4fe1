package org.bigvdm.service.change;

import org.bigvdm.api.model.Disc;

/** A disc as a change names it: by id in requests, by label for people. */
public record DiscTarget(long id, String label) {

    public static DiscTarget of(Disc disc) {
        return new DiscTarget(disc.id(), disc.label());
    }

    /**
     * How requests name the disc: by id, which cannot be mistaken for another disc even if
     * someone relabelled it since the list was read.
     */
    public String address() {
        return String.valueOf(id);
    }
}
