package org.bigvdm.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bigvdm.api.model.Json;

/** JSON in and out with the shared mapper; an unreadable 2xx body (trailing garbage too) becomes MALFORMED_RESPONSE. */
final class JsonBodies {
    private JsonBodies() {
    }

    static byte[] write(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a request body", e);
        }
    }

    /** A body from alternating keys and values, in that order. */
    static byte[] object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return write(map);
    }

    /** @param host named in the error, should the body not be the JSON expected */
    static <T> T read(Answer answer, String host, JavaType type) {
        if (answer.emptyBody()) {
            throw NetworkErrors.malformed(host, null);
        }
        try {
            // A 2xx body with something after its JSON ({...}xyz) was cut or mixed up on the way.
            T value = Json.mapper().readerFor(type).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(answer.body());
            if (value == null) {
                throw NetworkErrors.malformed(host, null);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // IllegalArgumentException: a record constructor refused what the JSON held.
            throw NetworkErrors.malformed(host, e);
        }
    }

    static JavaType type(Class<?> c) {
        return Json.mapper().constructType(c);
    }

    static JavaType listOf(Class<?> c) {
        return Json.mapper().getTypeFactory().constructCollectionType(java.util.List.class, c);
    }
}
