package org.bigvdm.service.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import java.time.Instant;

/** One entry as one line of JSON, and back. Thread-safe. */
final class JournalCodec {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new FromStringDeserializer<>(Instant.class) {
                        @Override
                        protected Instant _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctx) {
                            return Instant.parse(value);
                        }
                    }))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private JournalCodec() {
    }

    /** One line, no line breaks inside (JSON escapes them in strings). */
    static String line(JournalEntry entry) {
        try {
            return JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal entry could not be written as JSON", e);
        }
    }

    /** The entry, or null for a damaged line. */
    static JournalEntry parse(String line) {
        try {
            return JSON.readValue(line, JournalEntry.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }
}
