package org.bigvdm.service.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Journal entries as a file to open elsewhere: CSV (RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheets read accents right; a cell that a spreadsheet would take for a formula is led by
 * an apostrophe) or a JSON array. Blocking: call off the UI thread.
 */
public final class JournalExport {
    /** The CSV's first row. */
    public static final List<String> COLUMNS = List.of("when", "event", "user", "endpoint", "account", "group",
            "server", "disc", "kind", "what", "outcome", "message", "asked", "before", "after");

    /** Which kind of file. */
    public enum Format {
        CSV("csv"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private JournalExport() {
    }

    public static void write(List<JournalEntry> entries, Format format, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format == Format.JSON) {
                JournalCodec.JSON.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out, entries);
                return;
            }
            out.write('\uFEFF');
            out.write(row(COLUMNS));
            for (JournalEntry e : entries) {
                out.write(row(List.of(e.at().toString(), e.event().name(), e.user(), e.endpoint(), text(e.account()),
                        text(e.group()), text(e.server()), text(e.disc()), text(e.kind()), e.what(),
                        e.outcome().name(), e.message(), json(e.asked()), json(e.before()), json(e.after()))));
            }
        }
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(cell(cell));
        }
        return line.append("\r\n").toString();
    }

    /** One cell: quoted when it holds a comma, quote or line break; a formula-looking start is defused. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String json(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return "";
        }
        try {
            return JournalCodec.JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            return fields.toString();
        }
    }
}
