package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import org.bigvdm.api.model.DiscRules;

/**
 * The disc fields of a create or update body, with type mistakes noted per field. A field
 * that was not sent is null; unknown fields are dropped (PUT works like PATCH).
 */
public record DiscRequest(String label, Long size, String storageGrade, Long virtualMachineId,
                          boolean labelSent, boolean sizeSent, boolean virtualMachineIdSent) {

    /** Reads a JSON object; a wrongly typed field is reported in {@code errors}. */
    static DiscRequest from(JsonNode body, FieldErrors errors) {
        String label = null;
        if (body.hasNonNull("label")) {
            if (body.get("label").isTextual()) {
                // NFC, as the shared rules judge it: one word typed composed or decomposed is one label.
                label = DiscRules.normalise(body.get("label").asText());
            } else {
                errors.add("label", "is not a string");
            }
        }
        Long size = number(body, "size", errors);
        String grade = null;
        if (body.hasNonNull("storage_grade")) {
            grade = body.get("storage_grade").asText();
        }
        Long vmId = number(body, "virtual_machine_id", errors);
        return new DiscRequest(label, size, grade, vmId, body.has("label"), body.has("size"),
                body.has("virtual_machine_id"));
    }

    private static Long number(JsonNode body, String field, FieldErrors errors) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        // Rails accepts "10240" as well as 10240.
        if (n.isTextual() && n.asText().matches("\\d{1,15}")) {
            return Long.parseLong(n.asText());
        }
        errors.add(field, "is not a number");
        return null;
    }
}
