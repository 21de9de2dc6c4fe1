package org.bigvdm.service.change;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;

/**
 * The disc changes, each as a {@link ChangeRequest}: the record of what is asked and the call
 * that asks exactly that. Existing discs are addressed by id.
 */
public final class DiscChanges {
    private DiscChanges() {
    }

    /** A new disc; a null label lets the service name it {@code disc-N}. */
    public static ChangeRequest<Disc> create(ServerTarget server, DiscSpec spec) {
        Change change = new Change(ChangeKind.CREATE_DISC, server, null, null,
                fields(spec.label(), spec.size(), spec.storageGrade()), Map.of());
        return new ChangeRequest<>(change, "Adding a disc to " + server.name(),
                api -> api.createDisc(server.ref(), spec));
    }

    /** A new total size in MiB (discs only grow). */
    public static ChangeRequest<Disc> resize(ServerTarget server, Disc disc, long newSizeMib) {
        DiscTarget target = DiscTarget.of(disc);
        Change change = new Change(ChangeKind.RESIZE_DISC, server, target, null, Map.of("size", newSizeMib),
                Map.of("size", disc.size()));
        return new ChangeRequest<>(change, "Resizing disc " + disc.label(),
                api -> api.resizeDisc(server.ref(), target.address(), newSizeMib));
    }

    public static ChangeRequest<Disc> relabel(ServerTarget server, Disc disc, String newLabel) {
        DiscTarget target = DiscTarget.of(disc);
        Change change = new Change(ChangeKind.RELABEL_DISC, server, target, null, Map.of("label", newLabel),
                disc.label() == null ? Map.of() : Map.of("label", disc.label()));
        return new ChangeRequest<>(change, "Renaming disc " + disc.label(),
                api -> api.relabelDisc(server.ref(), target.address(), newLabel));
    }

    /**
     * Destroys the disc and its data. The service answers with no body, so the answer is the
     * disc as it was.
     */
    public static ChangeRequest<Disc> purge(ServerTarget server, Disc disc) {
        DiscTarget target = DiscTarget.of(disc);
        Change change = new Change(ChangeKind.PURGE_DISC, server, target, null, Map.of(),
                fields(disc.label(), disc.size(), disc.storageGrade()));
        return new ChangeRequest<>(change, "Purging disc " + disc.label(), api -> {
            api.purgeDisc(server.ref(), target.address());
            return disc;
        });
    }

    /** A disc's fields under their API names; a missing label or grade is left out, as on the wire. */
    private static Map<String, Object> fields(String label, long size, String grade) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (label != null) {
            fields.put("label", label);
        }
        fields.put("size", size);
        if (grade != null) {
            fields.put("storage_grade", grade);
        }
        return fields;
    }
}
