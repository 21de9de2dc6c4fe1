package org.bigvdm.api.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions the app uses, picked out of {@code GET /definitions}. Unknown ids are ignored.
 * {@code storageGradeDescriptions} maps a grade to the words shown to users ("Premium SSD").
 */
public record Definitions(
        List<String> storageGrades,
        Map<String, String> storageGradeDescriptions,
        List<String> zoneNames) {

    public Definitions {
        storageGrades = storageGrades == null ? List.of() : List.copyOf(storageGrades);
        storageGradeDescriptions = storageGradeDescriptions == null
                ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(storageGradeDescriptions));
        zoneNames = zoneNames == null ? List.of() : List.copyOf(zoneNames);
    }

    /** Words for a grade, falling back to the grade itself. */
    public String describe(String grade) {
        if (grade == null) {
            return "";
        }
        return storageGradeDescriptions.getOrDefault(grade, grade);
    }

    /** Builds the app's view of the raw definition list. */
    public static Definitions from(List<Definition> raw) {
        List<String> grades = List.of();
        Map<String, String> descriptions = new LinkedHashMap<>();
        List<String> zones = List.of();
        for (Definition d : raw) {
            if (d == null || d.id() == null || d.data() == null) {
                continue;
            }
            switch (d.id()) {
                case "storage_grades" -> grades = strings(d);
                case "storage_grade_descriptions" ->
                        d.data().properties().forEach(e -> descriptions.put(e.getKey(), e.getValue().asText()));
                case "zone_names" -> zones = strings(d);
                default -> { /* not used by this app */ }
            }
        }
        return new Definitions(grades, descriptions, zones);
    }

    private static List<String> strings(Definition d) {
        if (!d.data().isArray()) {
            return List.of();
        }
        var out = new java.util.ArrayList<String>();
        d.data().forEach(n -> out.add(n.asText()));
        return out;
    }
}
