package org.bigvdm.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.export.DiscExport;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandsTest {
    @TempDir
    Path dir;

    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(new Estate(EstateFixtures.smallEstate()));
    private final SimpleStringProperty selected = new SimpleStringProperty(NodeKeys.account(1));
    private final DiscTableViewModel table = new DiscTableViewModel(estate,
            new SimpleObjectProperty<>(new Definitions(null, null, null)), selected);
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ExportCommands.Target next;

    private ExportCommands commands() {
        return new ExportCommands(estate, table, ImmediateTaskRunner.create(), (title, name) -> Optional.ofNullable(next),
                clipboard::add, notes::add);
    }

    @Test
    void exportsWhatTheTableShowsOrTheWholeEstateInTheChosenFormat() throws Exception {
        next = new ExportCommands.Target(dir.resolve("shown.csv"), ExportCommands.Format.CSV_WITH_BOM);
        commands().exportShown();
        String shown = Files.readString(next.path(), StandardCharsets.UTF_8);
        assertThat(shown).startsWith(DiscExport.BOM + "account,group,server,label,id");
        assertThat(shown.split("\r\n")).hasSize(1 + table.rows().size()); // acme: 4 discs
        assertThat(notes).containsExactly("Exported 4 discs to shown.csv");

        next = new ExportCommands.Target(dir.resolve("all.json"), ExportCommands.Format.JSON);
        commands().exportEstate();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(next.path().toFile()).size()).isEqualTo(5);
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() throws Exception {
        next = null;
        commands().exportShown();
        assertThat(notes).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void copyPutsTheSelectedRowsWithAHeaderOnTheClipboard() {
        table.selectedRows().setAll(table.rows().subList(0, 2));
        commands().copySelected();
        assertThat(clipboard).hasSize(1);
        String[] lines = clipboard.get(0).split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(String.join("\t", DiscExport.COLUMNS));
        assertThat(notes).containsExactly("Copied 2 rows");
    }
}
