package org.bigvdm.sim.http;

import java.util.List;
import java.util.Map;

/** {@code GET /definitions}: fixed reference data; the only brain path that needs no token. */
final class DefinitionsHandler {
    private static final List<Map<String, Object>> DEFINITIONS = List.of(
            definition("storage_grades", List.of("sata", "ssd", "archive")),
            definition("storage_grade_descriptions",
                    ordered("sata", "Standard SSD", "ssd", "Premium SSD", "archive", "Archive storage")),
            definition("zone_names", List.of("york", "manchester")),
            definition("distributions", List.of("bookworm", "bullseye", "buster", "jammy", "noble", "centos7",
                    "rocky9", "winstandard2022", "none")),
            definition("hardware_profiles", List.of("virtio2013", "compatibility2013", "virtio2019")),
            definition("keymaps", List.of("en-gb", "en-us", "de", "fr", "es", "it", "nl", "sv")));

    private static final SimResponse ANSWER = SimResponse.ok(DEFINITIONS);

    SimResponse handle(SimRequest req) {
        if (req.segments().size() != 1) {
            return SimResponse.notFound();
        }
        return req.is("GET") ? ANSWER : SimResponse.methodNotAllowed();
    }

    private static Map<String, Object> definition(String id, Object data) {
        return ordered("id", id, "data", data);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        var m = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
