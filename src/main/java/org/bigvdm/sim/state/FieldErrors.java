package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects Rails-style field errors so one answer can name every bad field at once. */
final class FieldErrors {
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    void add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** A boolean field of a request body: null when absent or null, noted here when not a boolean. */
    Boolean bool(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isBoolean()) {
            add(field, "is not a boolean");
            return null;
        }
        return n.asBoolean();
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw SimError.badRequest(errors);
        }
    }
}
