package org.bigvdm.service.change;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change as a plain value: what kind, what it targets, what was asked and what was there
 * before. {@code asked} holds the request's body fields under their API names ({@code size},
 * {@code label}, {@code storage_grade}), and {@code before} the same fields as they were, so a
 * journal line ("size 25600 → 51200") or the equivalent command can be made from this record
 * alone.
 *
 * @param server      the server the request is addressed to
 * @param disc        the disc it changes, or null (a new disc has none yet)
 * @param destination a second server it touches (a disc moved there), or null
 * @param asked       the body fields sent, in order; values are strings, numbers or booleans
 * @param before      those fields as they were before, where known
 */
public record Change(ChangeKind kind, ServerTarget server, DiscTarget disc, ServerTarget destination,
                     Map<String, Object> asked, Map<String, Object> before) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(server, "server");
        asked = frozen(asked);
        before = frozen(before);
    }

    /** The servers this change touches: each is read again once it is over. */
    public List<ServerTarget> servers() {
        return destination == null ? List.of(server) : List.of(server, destination);
    }

    private static Map<String, Object> frozen(Map<String, Object> fields) {
        return fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
