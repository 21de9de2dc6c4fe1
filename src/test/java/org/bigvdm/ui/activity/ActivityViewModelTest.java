package org.bigvdm.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.journal.Journal;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalEntry.Outcome;
import org.bigvdm.service.journal.JournalExport;
import org.bigvdm.service.journal.JournalStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Activity panel without a toolkit: newest first, filters, jumps, copy and export. */
class ActivityViewModelTest {
    @TempDir
    Path dir;
    private final List<String> shownNodes = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private Journal journal;
    private ActivityViewModel vm;

    @BeforeEach
    void journalWithThreeEntries() throws Exception {
        JournalStore store = new JournalStore(dir.resolve("journal"));
        store.append(change("2026-10-30T09:00:00Z", "web1", "root", Outcome.DONE, ""));
        store.append(change("2026-11-02T09:00:00Z", "db1", "my, \"odd\" disc", Outcome.REFUSED,
                "The server did not accept a value: size is too big"));
        store.append(change("2026-11-03T09:00:00Z", "gone1", "=1+2", Outcome.UNKNOWN, "Read again: size 51200"));
        journal = new Journal(store, Runnable::run, Runnable::run, Clock.systemUTC());
        vm = new ActivityViewModel(journal, ImmediateTaskRunner.create(), (key, disc) -> {
            shownNodes.add(key + "/" + disc);
            return !key.contains("gone1");
        }, copied::add, ZoneOffset.UTC);
        vm.openProperty().set(true);
    }

    private static JournalEntry change(String at, String server, String disc, Outcome outcome, String message) {
        return new JournalEntry(Instant.parse(at), JournalEntry.Event.CHANGE, "alice", "https://uk0.bigv.io", "acme",
                "default", server, "server:" + server, 101L, disc, "RESIZE_DISC",
                "Resize disc " + disc + " on " + server + ": size 25600 → 51200", Map.of("size", 51200),
                Map.of("size", 25600), Map.of(), outcome, message);
    }

    private List<String> servers() {
        return vm.shown().stream().map(l -> l.entry().server()).toList();
    }

    @Test
    void opensNewestFirstAndNewEntriesJoinAtTheTop() {
        assertThat(servers()).containsExactly("gone1", "db1", "web1");
        assertThat(vm.statusProperty().get()).isEqualTo("3 entries");

        journal.record(change("2026-11-04T09:00:00Z", "new1", "root", Outcome.DONE, ""));

        assertThat(servers()).containsExactly("new1", "gone1", "db1", "web1");
    }

    @Test
    void filtersByTextOutcomeAndDate() {
        vm.filterTextProperty().set("TOO BIG");
        assertThat(servers()).containsExactly("db1");
        assertThat(vm.statusProperty().get()).isEqualTo("1 of 3 entries");
        vm.filterTextProperty().set("outcome");
        assertThat(servers()).as("field names in the stored JSON do not match").isEmpty();

        vm.filterTextProperty().set("");
        vm.outcomeProperty().set(Outcome.UNKNOWN);
        assertThat(servers()).containsExactly("gone1");

        vm.outcomeProperty().set(null);
        vm.fromProperty().set(LocalDate.parse("2026-11-01"));
        vm.toProperty().set(LocalDate.parse("2026-11-02"));
        assertThat(servers()).containsExactly("db1");
    }

    @Test
    void selectingJumpsToTheServerAndDiscOrSaysItIsGone() {
        vm.selectedProperty().set(vm.shown().get(1));
        vm.jumpToSelected();
        assertThat(shownNodes).containsExactly("server:db1/101");

        vm.selectedProperty().set(vm.shown().get(0));
        vm.jumpToSelected();
        assertThat(vm.statusProperty().get()).isEqualTo("gone1 is no longer there");
    }

    @Test
    void copiesASelectedChangeAsCommands() {
        vm.selectedProperty().set(vm.shown().get(2));
        vm.copySelectedAsCommand();
        assertThat(copied).containsExactly("bytemark update disc --server web1.default.acme --disc root --new-size 50G\n"
                + "curl -X PUT -H \"Authorization: Bearer $BYTEMARK_TOKEN\" -H 'Content-Type: application/json'"
                + " -d '{\"size\":51200}' https://uk0.bigv.io/accounts/acme/groups/default/virtual_machines/web1/discs/101");
    }

    @Test
    void exportsTheShownRangeAsCsvThatReadsBack() throws Exception {
        vm.fromProperty().set(LocalDate.parse("2026-11-01"));
        Path csv = dir.resolve("activity.csv");

        vm.export(JournalExport.Format.CSV, csv);

        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertThat(rows.get(0)).isEqualTo(JournalExport.COLUMNS);
        assertThat(rows).hasSize(3);
        int disc = JournalExport.COLUMNS.indexOf("disc");
        int when = JournalExport.COLUMNS.indexOf("when");
        int message = JournalExport.COLUMNS.indexOf("message");
        assertThat(rows.get(1).get(disc)).as("a formula is defused").isEqualTo("'=1+2");
        assertThat(rows.get(2).get(disc)).isEqualTo("my, \"odd\" disc");
        assertThat(rows.get(2).get(when)).isEqualTo("2026-11-02T09:00:00Z");
        assertThat(rows.get(2).get(message)).isEqualTo("The server did not accept a value: size is too big");
        assertThat(rows.get(2).get(JournalExport.COLUMNS.indexOf("asked"))).isEqualTo("{\"size\":51200}");
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 2 entries to " + csv);
    }

    @Test
    void exportsJson() throws Exception {
        Path json = dir.resolve("activity.json");
        vm.export(JournalExport.Format.JSON, json);
        var read = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.get(0).get("server").asText()).isEqualTo("gone1");
    }

    /** RFC 4180 as a spreadsheet reads it: quoted cells, doubled quotes, CRLF rows. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                } else {
                    cell.append(c);
                }
            }
            return rows;
        }
    }
}
