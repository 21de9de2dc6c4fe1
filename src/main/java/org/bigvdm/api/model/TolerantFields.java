package org.bigvdm.api.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every field of the records in this package is read, in one place: one odd field must never
 * make a whole estate unreadable, yet a disc without a label must not pass as one.
 *
 * <ul>
 *   <li>A <b>required</b> field ({@code @JsonProperty(required = true)}: ids, names, labels, sizes)
 *       must be present, not null and of its JSON type; otherwise the whole answer is refused.</li>
 *   <li>Any <b>other</b> field whose JSON type is not the one expected (a string where a boolean
 *       belongs, an object where a number belongs, {@code "head": true}...) is read as absent and
 *       logged once per field, naming the field and the types, never the value.</li>
 * </ul>
 * A fractional number where a whole one belongs is read (truncated), never refused.
 *
 * <p>Jackson builds one deserializer per type; this module wraps each, and the wrapper decides per
 * property when Jackson contextualises it, so fields of other classes are read exactly as before.
 */
final class TolerantFields {
    private static final Logger LOG = LoggerFactory.getLogger(TolerantFields.class);
    private static final String MODEL_PACKAGE = TolerantFields.class.getPackageName();
    /** Fields already logged; a 1,000-server estate with one odd field per disc logs one line. */
    private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

    private TolerantFields() {
    }

    static Module module() {
        SimpleModule module = new SimpleModule("bigvdm-tolerant-fields");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                          JsonDeserializer<?> deserializer) {
                return new FieldReader(deserializer, desc.getType(), null, Mode.PLAIN);
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription desc, JsonDeserializer<?> deserializer) {
                return new FieldReader(deserializer, type, null, Mode.PLAIN);
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                             BeanDescription desc, JsonDeserializer<?> deserializer) {
                return new FieldReader(deserializer, type, null, Mode.PLAIN);
            }
        });
        return module;
    }

    /** For tests: log each field again. */
    static void forgetLoggedFields() {
        LOGGED.clear();
    }

    private enum Mode { PLAIN, REQUIRED, OPTIONAL }

    private static final class FieldReader extends DelegatingDeserializer {
        private final JavaType type;
        private final String field;
        private final Mode mode;

        FieldReader(JsonDeserializer<?> delegate, JavaType type, String field, Mode mode) {
            super(delegate);
            this.type = type;
            this.field = field;
            this.mode = mode;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new FieldReader(newDelegatee, type, field, mode);
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JsonDeserializer<?> inner = ctxt.handleSecondaryContextualization(_delegatee, property, type);
            if (!isModelField(property)) {
                return inner; // a root value, a list element, or a field of a class outside the model
            }
            String name = property.getMember().getDeclaringClass().getSimpleName() + "." + property.getName();
            // the field's own type: Jackson shares one deserializer between int and Integer
            return new FieldReader(inner, property.getType(), name,
                    property.isRequired() ? Mode.REQUIRED : Mode.OPTIONAL);
        }

        private boolean isModelField(BeanProperty property) {
            if (property == null || property.getMember() == null) {
                return false;
            }
            AnnotatedMember member = property.getMember();
            // this deserializer reads the field itself (List for ArrayList, Integer for int), not its elements
            return MODEL_PACKAGE.equals(member.getDeclaringClass().getPackageName())
                    && boxed(property.getType().getRawClass()).isAssignableFrom(boxed(type.getRawClass()));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (mode == Mode.PLAIN) {
                return _delegatee.deserialize(p, ctxt);
            }
            JsonToken token = p.currentToken();
            if (!Shapes.accepts(type, token)) {
                if (mode == Mode.REQUIRED) {
                    return ctxt.reportInputMismatch(this, "The required field %s is %s, not %s", field,
                            Shapes.describe(token), Shapes.expected(type));
                }
                p.skipChildren();
                return ignored("as " + Shapes.describe(token) + " where " + Shapes.expected(type) + " was expected");
            }
            if (mode == Mode.REQUIRED || Shapes.neverFails(type)) {
                return _delegatee.deserialize(p, ctxt);
            }
            if (token.isScalarValue()) {
                try {
                    return _delegatee.deserialize(p, ctxt); // a scalar: nothing consumed past it on failure
                } catch (JsonProcessingException e) {
                    return ignored("as " + Shapes.describe(token) + " that does not fit " + Shapes.expected(type));
                }
            }
            if (Shapes.holdsModelRecords(type)) {
                return _delegatee.deserialize(p, ctxt); // their own fields are tolerant; required ones stay strict
            }
            // A list of strings or a free-form object: read a copy, so a bad element cannot leave
            // the parser in the middle of the value.
            TokenBuffer copy = ctxt.bufferAsCopyOfValue(p);
            try (JsonParser again = copy.asParserOnFirstToken()) {
                return _delegatee.deserialize(again, ctxt);
            } catch (JsonProcessingException e) {
                return ignored("as " + Shapes.describe(token) + " holding a value of an unexpected type");
            }
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            if (mode == Mode.REQUIRED) {
                return ctxt.reportInputMismatch(this, "The required field %s is null", field);
            }
            return mode == Mode.OPTIONAL ? absent() : super.getNullValue(ctxt);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
            if (mode == Mode.REQUIRED) {
                return ctxt.reportInputMismatch(this, "The required field %s is missing", field);
            }
            return mode == Mode.OPTIONAL ? absent() : super.getAbsentValue(ctxt);
        }

        /** @param how what was odd, in words that never quote the value */
        private Object ignored(String how) {
            if (LOGGED.add(field)) {
                LOG.warn("The service sent {} {}; read as absent (said once per field)", field, how);
            }
            return absent();
        }

        private Object absent() {
            Class<?> raw = type.getRawClass();
            return raw.isPrimitive() ? ClassUtil.defaultValue(raw) : null;
        }

        private static Class<?> boxed(Class<?> c) {
            return c.isPrimitive() ? ClassUtil.wrapperType(c) : c;
        }
    }
}
