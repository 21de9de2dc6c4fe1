package org.bigvdm.sim.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.state.SimError;

/** One request, parsed: method, decoded path segments, query parameters, body, bearer token. */
record SimRequest(String method, List<String> segments, Map<String, String> query, byte[] body,
                  String bearerToken) {
    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static SimRequest parse(String method, String rawPath, String rawQuery, byte[] body, String authorization) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(decode(part.replace("+", "%2B")));
            }
        }
        Map<String, String> query = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                } else if (!pair.isEmpty()) {
                    query.put(decode(pair), "");
                }
            }
        }
        String token = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = authorization.substring(7).strip();
        }
        return new SimRequest(method, List.copyOf(segments), query, body, token);
    }

    /** The same request with its body, once read. */
    SimRequest withBody(byte[] bytes) {
        return new SimRequest(method, segments, query, bytes, bearerToken);
    }

    /** The first path segment, "" for the root. */
    String first() {
        return segments.isEmpty() ? "" : segments.get(0);
    }

    boolean is(String m) {
        return method.equals(m);
    }

    boolean flag(String name) {
        return "true".equalsIgnoreCase(query.get(name)) || "1".equals(query.get(name));
    }

    /** The body as a JSON object; anything else is a 400, as Rails answers unparsable input. */
    JsonNode jsonObject() {
        try {
            // Trailing garbage ({"label":"x"}xyz) is a broken body too, not a body plus noise.
            JsonNode node = body.length == 0 ? null : STRICT.readTree(body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // answered below
        }
        throw SimError.badRequest("body", "is not a valid JSON object");
    }

    /** Segments from {@code from} on. */
    List<String> rest(int from) {
        return segments.subList(Math.min(from, segments.size()), segments.size());
    }

    /** The path for logs, without the token that {@code /session/{token}} carries. */
    String safePath() {
        if (!segments.isEmpty() && segments.get(0).equals("session") && segments.size() > 1) {
            return "/session/***";
        }
        return "/" + String.join("/", segments);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
