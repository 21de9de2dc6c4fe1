package org.bigvdm.sim.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Json;

/** An answer: status, content type and body bytes. */
record SimResponse(int status, String contentType, byte[] body) {
    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";

    static SimResponse json(int status, Object value) {
        try {
            return new SimResponse(status, JSON, Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write simulator answer as JSON", e);
        }
    }

    static SimResponse ok(Object value) {
        return json(200, value);
    }

    static SimResponse text(int status, String text) {
        return new SimResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    static SimResponse noContent() {
        return new SimResponse(204, null, new byte[0]);
    }

    static SimResponse error(int status, String message) {
        return json(status, Map.of("error", List.of(message)));
    }

    static SimResponse notFound() {
        return error(404, "not found");
    }

    static SimResponse methodNotAllowed() {
        return text(405, "Method not allowed");
    }
}
