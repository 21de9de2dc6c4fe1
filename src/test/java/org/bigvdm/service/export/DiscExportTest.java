package org.bigvdm.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.testutil.GeneratedEstates;
import org.junit.jupiter.api.Test;

/** Export read back: a CSV parser written here (RFC 4180) and Jackson get every field back exactly. */
class DiscExportTest {
    private static final String[] AWKWARD = {"data, logs", "say \"hi\"", "two\nlines", " padded ", "données-日本",
        "=SUM(A1)", "tab\there"};

    private static Estate awkwardEstate() {
        List<Disc> discs = new ArrayList<>();
        for (int i = 0; i < AWKWARD.length; i++) {
            discs.add(Disc.of(100 + i, AWKWARD[i], 1024L * (i + 1) + 512, "ssd", "tail1-ssd1", 10L));
        }
        discs.set(0, discs.get(0).withBackups(true, 3, List.of(new BackupSchedule(1L, "2026-01-01T00:00:00Z",
                86400, 7))));
        discs.set(1, new Disc(101, AWKWARD[1], 2048, "sata", "p1", 10L, true, 0, "archive", null, 40, 60, 10));
        VirtualMachine vm = new VirtualMachine(10, "web, 1", 2, 1, 1024, true, true, false, null, null, null, null,
                null, null, null, null, discs, List.of());
        return new Estate(List.of(new Account(1, "acme \"ltd\"", false,
                List.of(new Group(2, 1, "default", List.of(vm))))));
    }

    /** RFC 4180: fields split by commas, lines by CRLF, quoted fields may hold both; "" is a quote. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the text ends with a line end").isEmpty();
        return rows;
    }

    @Test
    void csvReadsBackFieldForFieldWithCommasQuotesLineBreaksAndUnicode() {
        Estate estate = awkwardEstate();
        List<DiscExport.Line> lines = DiscExport.wholeEstate(estate);

        String csv = DiscExport.csv(lines, false);
        List<List<String>> rows = parseCsv(new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));

        assertThat(csv).doesNotStartWith(DiscExport.BOM);
        assertThat(rows.get(0)).containsExactlyElementsOf(DiscExport.COLUMNS);
        assertThat(rows).hasSize(1 + AWKWARD.length);
        for (int i = 0; i < AWKWARD.length; i++) {
            List<String> r = rows.get(i + 1);
            assertThat(r).hasSize(DiscExport.COLUMNS.size());
            assertThat(r.get(0)).isEqualTo("acme \"ltd\"");
            assertThat(r.get(2)).isEqualTo("web, 1");
            assertThat(r.get(3)).isEqualTo(AWKWARD[i]);
            assertThat(r.get(4)).isEqualTo(Long.toString(100 + i));
        }
        assertThat(rows.get(1).subList(5, 11)).containsExactly("1536", "1.5", "ssd", "tail1-ssd1",
                "3 backups, 1 schedule", "");
        assertThat(rows.get(2).subList(5, 11)).containsExactly("2048", "2", "sata", "p1", "none", "to archive, 40%");
        assertThat(rows.get(3).get(9)).as("no backup fields sent").isEmpty();
    }

    @Test
    void theByteOrderMarkIsThereOnlyWhenAskedFor() {
        String csv = DiscExport.csv(DiscExport.wholeEstate(awkwardEstate()), true);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xff).isEqualTo(0xBF);
        assertThat(parseCsv(csv.substring(1)).get(0)).containsExactlyElementsOf(DiscExport.COLUMNS);
    }

    @Test
    void jsonReadsBackAsTheSameDiscsOfAGeneratedEstate() throws Exception {
        Estate estate = GeneratedEstates.estate(200, 5, GeneratedEstates::varied);
        List<DiscExport.Line> lines = DiscExport.wholeEstate(estate);

        JsonNode read = new ObjectMapper().readTree(DiscExport.json(lines));

        List<ServerEntry> servers = estate.servers();
        int i = 0;
        for (ServerEntry s : servers) {
            for (Disc d : s.vm().discs()) {
                JsonNode n = read.get(i++);
                assertThat(n.get("account").asText()).isEqualTo(s.account().name());
                assertThat(n.get("group").asText()).isEqualTo(s.group().name());
                assertThat(n.get("server").asText()).isEqualTo(s.vm().name());
                assertThat(n.get("label").asText()).isEqualTo(d.label());
                assertThat(n.get("id").asLong()).isEqualTo(d.id());
                assertThat(n.get("size_mib").asLong()).isEqualTo(d.size());
                assertThat(n.get("size_gib").decimalValue().multiply(java.math.BigDecimal.valueOf(1024)).longValue())
                        .isEqualTo(d.size());
                assertThat(n.get("grade").asText()).isEqualTo(d.storageGrade());
                assertThat(n.get("pool").asText()).isEqualTo(d.storagePool());
                assertThat(n.get("migration").asText()).isEqualTo(d.migrating() ? "to ssd, 40%" : "");
            }
        }
        assertThat(read.size()).isEqualTo(i).isEqualTo(lines.size());
    }

    @Test
    void tabSeparatedTextHasAHeaderAndKeepsItsColumnsWhateverTheLabels() {
        String tsv = DiscExport.tsv(DiscExport.wholeEstate(awkwardEstate()));
        String[] lines = tsv.split("\n");

        assertThat(lines).hasSize(1 + AWKWARD.length);
        assertThat(lines[0]).isEqualTo(String.join("\t", DiscExport.COLUMNS));
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i].split("\t", -1)).hasSize(DiscExport.COLUMNS.size());
        }
        assertThat(lines[3].split("\t")[3]).isEqualTo("two lines");
        assertThat(lines[7].split("\t")[3]).isEqualTo("tab here");
    }
}
