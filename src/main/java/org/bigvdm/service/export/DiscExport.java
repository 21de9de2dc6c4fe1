package org.bigvdm.service.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ServerEntry;

/**
 * Discs for export: the columns account, group, server, disc label, id, size in MiB and GiB,
 * grade, pool, backups and migration, as CSV (RFC 4180 quoting, CRLF, optionally a UTF-8 BOM
 * so spreadsheets read the encoding right), JSON (an array of objects) or tab-separated text
 * with a header (for the clipboard).
 */
public final class DiscExport {
    /** The UTF-8 byte order mark, as a character: spreadsheets take the file for UTF-8 when it starts with it. */
    public static final String BOM = "\uFEFF";
    public static final List<String> COLUMNS = List.of("account", "group", "server", "label", "id", "size_mib",
            "size_gib", "grade", "pool", "backups", "migration");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One disc where it lives, as exported. */
    public record Line(String account, String group, String server, String label, long id, long sizeMib,
                       String grade, String pool, String backups, String migration) {

        public static Line of(ServerEntry s, Disc d) {
            return new Line(s.account().name(), s.group().name(), s.vm().name(), nz(d.label()), d.id(), d.size(),
                    nz(d.storageGrade()), nz(d.storagePool()), backupsText(d), migrationText(d));
        }

        /** Size in GiB, exact (1536 MiB is 1.5), at most three decimals. */
        public String sizeGib() {
            return BigDecimal.valueOf(sizeMib).divide(BigDecimal.valueOf(1024), 3, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }

        List<String> cells() {
            return List.of(account, group, server, label, Long.toString(id), Long.toString(sizeMib), sizeGib(), grade,
                    pool, backups, migration);
        }
    }

    private DiscExport() {
    }

    /** Every disc of the estate, deleted servers included, in tree order. */
    public static List<Line> wholeEstate(Estate estate) {
        List<Line> out = new ArrayList<>();
        for (ServerEntry s : estate.servers()) {
            for (Disc d : s.vm().discs()) {
                out.add(Line.of(s, d));
            }
        }
        return out;
    }

    public static <T> List<Line> of(List<T> rows, Function<T, ServerEntry> server, Function<T, Disc> disc) {
        return rows.stream().map(r -> Line.of(server.apply(r), disc.apply(r))).toList();
    }

    /** CSV: a header line, then one line per disc; CRLF line ends; a field is quoted when it must be. */
    public static String csv(List<Line> lines, boolean bom) {
        StringBuilder out = new StringBuilder(lines.size() * 80 + 128);
        if (bom) {
            out.append(BOM);
        }
        csvLine(out, COLUMNS);
        for (Line l : lines) {
            csvLine(out, l.cells());
        }
        return out.toString();
    }

    private static void csvLine(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0
                    || (!c.isEmpty() && (c.charAt(0) == ' ' || c.charAt(c.length() - 1) == ' '))) {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                out.append(c);
            }
        }
        out.append("\r\n");
    }

    /** JSON: an array of objects with the columns as keys; sizes and ids are numbers. */
    public static String json(List<Line> lines) {
        List<Map<String, Object>> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("account", l.account());
            m.put("group", l.group());
            m.put("server", l.server());
            m.put("label", l.label());
            m.put("id", l.id());
            m.put("size_mib", l.sizeMib());
            m.put("size_gib", new BigDecimal(l.sizeGib()));
            m.put("grade", l.grade());
            m.put("pool", l.pool());
            m.put("backups", l.backups());
            m.put("migration", l.migration());
            out.add(m);
        }
        try {
            return JSON.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("discs could not be written as JSON", e);
        }
    }

    /**
     * Tab-separated text with a header, for pasting into a spreadsheet. A tab or line break
     * inside a value (a label may hold one) becomes a space, so columns stay in place.
     */
    public static String tsv(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", COLUMNS)).append('\n');
        for (Line l : lines) {
            List<String> cells = l.cells().stream().map(c -> c.replaceAll("[\\t\\r\\n]", " ")).toList();
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "3 backups, 1 schedule", "none", or "" where the service sent nothing about backups. */
    static String backupsText(Disc d) {
        if (d.backupCount() == null && d.backupsEnabled() == null && d.backupSchedules().isEmpty()) {
            return "";
        }
        int n = d.backupCount() == null ? 0 : d.backupCount();
        int s = d.backupSchedules().size();
        if (n == 0 && s == 0) {
            return "none";
        }
        return (n == 1 ? "1 backup" : n + " backups") + (s == 0 ? "" : s == 1 ? ", 1 schedule" : ", " + s + " schedules");
    }

    /** "to ssd, 40%" while a disc migrates, else "" (also the disc table's Migration column). */
    public static String migrationText(Disc d) {
        if (!d.migrating()) {
            return "";
        }
        String target = d.newStorageGrade() != null ? d.newStorageGrade()
                : d.newStoragePool() != null ? d.newStoragePool() : "another pool";
        return "to " + target + (d.migrationProgress() == null ? "" : ", " + d.migrationProgress() + "%");
    }
}
