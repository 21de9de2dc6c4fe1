package org.bigvdm.api.model;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;

/** Which JSON token a Java field type is read from, and how both are named in a log line. */
final class Shapes {
    private Shapes() {
    }

    /** Whether a field of {@code type} may be read from a value starting with {@code token}. */
    static boolean accepts(JavaType type, JsonToken token) {
        Class<?> raw = type.getRawClass();
        if (neverFails(type)) {
            return true;
        }
        if (raw == String.class) {
            return token == JsonToken.VALUE_STRING;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
        }
        if (isNumber(raw)) {
            // a fractional number is read where a whole one belongs: 42.5 must never sink an estate
            return token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT;
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return token == JsonToken.START_ARRAY;
        }
        return token == JsonToken.START_OBJECT; // maps and records
    }

    /** Free-form values (any JSON at all) cannot have the wrong type. */
    static boolean neverFails(JavaType type) {
        Class<?> raw = type.getRawClass();
        return raw == Object.class || JsonNode.class.isAssignableFrom(raw);
    }

    /** A record of this package, or a list of them: their own fields take care of themselves. */
    static boolean holdsModelRecords(JavaType type) {
        JavaType t = type.isContainerType() ? type.getContentType() : type;
        return t != null && t.getRawClass().isRecord()
                && t.getRawClass().getPackageName().equals(Shapes.class.getPackageName());
    }

    static String expected(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return "a string";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "a boolean";
        }
        if (isNumber(raw)) {
            return raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                    ? "a number" : "a whole number";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "an array";
        }
        return Map.class.isAssignableFrom(raw) || raw.isRecord() ? "an object" : "JSON";
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a fractional number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static boolean isNumber(Class<?> raw) {
        return Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class && raw != char.class);
    }
}
