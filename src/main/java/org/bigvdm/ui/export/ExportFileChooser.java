package org.bigvdm.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The save dialog of Export: a file name and its format (CSV, CSV with BOM for spreadsheets, JSON). */
public final class ExportFileChooser implements ExportCommands.SaveDialog {
    private final Window owner;

    public ExportFileChooser(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ExportCommands.Target> choose(String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv");
        FileChooser.ExtensionFilter bom = new FileChooser.ExtensionFilter("CSV for spreadsheets (UTF-8 with BOM)",
                "*.csv");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("JSON", "*.json");
        chooser.getExtensionFilters().setAll(csv, bom, json);
        chooser.setSelectedExtensionFilter(csv);
        chooser.setInitialFileName(suggestedName + ".csv");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        ExportCommands.Format format = name.endsWith(".json") || chosen == json ? ExportCommands.Format.JSON
                : chosen == bom ? ExportCommands.Format.CSV_WITH_BOM : ExportCommands.Format.CSV;
        Path path = file.toPath();
        if (!name.contains(".")) {
            path = path.resolveSibling(file.getName() + (format == ExportCommands.Format.JSON ? ".json" : ".csv"));
        }
        return Optional.of(new ExportCommands.Target(path, format));
    }
}
