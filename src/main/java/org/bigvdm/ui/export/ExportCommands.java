package org.bigvdm.ui.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.bigvdm.service.Estate;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.export.DiscExport;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;

/**
 * Export (the discs the table shows, or every disc of the estate) to a file the user picks, as
 * CSV, CSV with a byte order mark (for spreadsheets that guess the encoding) or JSON; and Copy
 * of the selected rows as tab-separated text with a header. Files are written off the FX thread.
 */
public final class ExportCommands {
    /** The file formats offered. */
    public enum Format { CSV, CSV_WITH_BOM, JSON }

    /** Where to write and how: the user's choice in a save dialog. */
    public record Target(Path path, Format format) {
    }

    /** Asks where to save; empty when the user cancels. */
    public interface SaveDialog {
        Optional<Target> choose(String title, String suggestedName);
    }

    private final ObservableValue<Estate> estate;
    private final DiscTableViewModel table;
    private final TaskRunner runner;
    private final SaveDialog dialog;
    private final Consumer<String> clipboard;
    private final Consumer<String> notify;

    public ExportCommands(ObservableValue<Estate> estate, DiscTableViewModel table, TaskRunner runner,
                          SaveDialog dialog, Consumer<String> clipboard, Consumer<String> notify) {
        this.estate = Objects.requireNonNull(estate);
        this.table = Objects.requireNonNull(table);
        this.runner = Objects.requireNonNull(runner);
        this.dialog = Objects.requireNonNull(dialog);
        this.clipboard = Objects.requireNonNull(clipboard);
        this.notify = Objects.requireNonNull(notify);
    }

    /** The discs the table shows now, in the table model's order. */
    public void exportShown() {
        List<DiscExport.Line> lines = lines(table.rows());
        dialog.choose("Export the discs shown", "discs").ifPresent(t -> write(t, lines));
    }

    /** Every disc of every account, deleted servers included. */
    public void exportEstate() {
        Estate now = estate.getValue();
        dialog.choose("Export every disc", "all-discs").ifPresent(t ->
                write(t, null == now ? List.of() : DiscExport.wholeEstate(now)));
    }

    /** The selected rows as tab-separated text with a header, on the clipboard. */
    public void copySelected() {
        List<DiscRow> rows = table.selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        clipboard.accept(DiscExport.tsv(lines(rows)));
        notify.accept(rows.size() == 1 ? "Copied 1 row" : "Copied " + rows.size() + " rows");
    }

    private static List<DiscExport.Line> lines(List<DiscRow> rows) {
        return DiscExport.of(List.copyOf(rows), DiscRow::server, DiscRow::disc);
    }

    private void write(Target target, List<DiscExport.Line> lines) {
        runner.task("Exporting " + lines.size() + " discs", () -> {
            String text = switch (target.format()) {
                case CSV -> DiscExport.csv(lines, false);
                case CSV_WITH_BOM -> DiscExport.csv(lines, true);
                case JSON -> DiscExport.json(lines);
            };
            Files.writeString(target.path(), text, StandardCharsets.UTF_8);
            return target.path();
        }).onSuccess(path -> notify.accept("Exported " + lines.size() + (lines.size() == 1 ? " disc to " : " discs to ")
                        + path.getFileName()))
                .onFailure(e -> notify.accept("Export failed: " + e.oneLine()))
                .start();
    }
}
