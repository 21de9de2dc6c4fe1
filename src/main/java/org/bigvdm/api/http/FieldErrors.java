package org.bigvdm.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.model.Json;

/**
 * Reads a 400 body in the Rails shape {@code {"field": ["message", ...]}} into field → messages,
 * tolerating a bare-string value, a JSON string or array body, or no JSON at all.
 */
final class FieldErrors {
    /** Rails' wording for an enum miss; users understand "is not valid" better. */
    private static final String RAILS_NOT_IN_LIST = "is not included in the list";

    /** Keys under which services put a message that belongs to no field. */
    private static final List<String> GENERAL_KEYS = List.of("error", "errors", "message", "messages");

    private FieldErrors() {
    }

    static Map<String, List<String>> parse(String body, Collection<String> secrets) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return out;
        }
        JsonNode root = readTree(body);
        if (root == null) {
            addMessage(out, BadRequestException.GENERAL, BodyText.clean(body, secrets));
        } else if (root.isObject()) {
            root.properties().forEach(e -> messagesOf(e.getValue())
                    .forEach(m -> addMessage(out, e.getKey(), BodyText.clean(m, secrets))));
        } else {
            messagesOf(root).forEach(m -> addMessage(out, BadRequestException.GENERAL, BodyText.clean(m, secrets)));
        }
        return out;
    }

    /** "size must be greater than or equal to 50; storage_grade is not valid". */
    static String describe(Map<String, List<String>> errors) {
        List<String> parts = new ArrayList<>();
        errors.forEach((field, messages) -> messages.forEach(
                m -> parts.add(field.equals(BadRequestException.GENERAL) ? m : field + " " + m)));
        return String.join("; ", parts);
    }

    /**
     * A JSON error body of any status as words for a person, never as JSON: {@code {"error":
     * ["x may read but not change anything"]}} becomes "x may read but not change anything.";
     * fields are named as in {@link #describe}. Empty for a body that is not JSON; a JSON body
     * with no words in it becomes a sentence saying so.
     */
    static String sentence(String body, Collection<String> secrets) {
        JsonNode root = body == null || body.isBlank() ? null : readTree(body);
        if (root == null || !(root.isObject() || root.isArray())) {
            return "";
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        parse(body, secrets).forEach((field, messages) -> messages.stream()
                .filter(m -> !m.startsWith("{") && !m.startsWith("["))   // nested JSON is no sentence
                .forEach(m -> errors.computeIfAbsent(GENERAL_KEYS.contains(field) ? BadRequestException.GENERAL
                        : field, f -> new ArrayList<>()).add(m)));
        String words = describe(errors).strip();
        if (words.isEmpty()) {
            return "The service gave no reason in words.";
        }
        return words.endsWith(".") || words.endsWith("!") || words.endsWith("?") ? words : words + ".";
    }

    static String readable(String message) {
        return message.replace(RAILS_NOT_IN_LIST, "is not valid");
    }

    private static void addMessage(Map<String, List<String>> out, String field, String message) {
        if (!message.isEmpty()) {
            out.computeIfAbsent(field, f -> new ArrayList<>()).add(readable(message));
        }
    }

    private static List<String> messagesOf(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.isNull()) {
                    out.add(textOf(n));
                }
            });
        } else if (!node.isNull()) {
            out.add(textOf(node));
        }
        return out;
    }

    private static String textOf(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static JsonNode readTree(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
