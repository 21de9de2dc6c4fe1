package org.bigvdm.app;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.bulk.BulkCommands;
import org.bigvdm.ui.bulk.BulkDialog;
import org.bigvdm.ui.export.ExportCommands;
import org.bigvdm.ui.export.ExportFileChooser;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.MenuTitles;
import org.bigvdm.ui.overview.OverviewViewModel;

/**
 * Builds issue 17's tools into the main window: the overview above the disc table, the bulk
 * actions on the selected discs (Disc menu and the table's menu) and Export / Copy. Kept apart
 * so the assembly gains one line.
 */
final class EstateToolsFeature {
    private EstateToolsFeature() {
    }

    static OverviewViewModel install(Stage stage, MainWindow window, MainViewModel vm, TaskRunner runner,
                                     TaskRunner sums, ChangeService changes, EstateService estate, AccessRights access,
                                     Consumer<String> notify, Consumer<Runnable> afterFirstFrame) {
        Consumer<String> copy = AppAssembly::copyToClipboard;
        OverviewViewModel overview = new OverviewViewModel(estate.estateProperty(), vm.tree(), vm.table(), sums);
        // an overview needs the estate, which comes after the first frame: its pane is added then
        afterFirstFrame.accept(() -> window.addOverview(overview));
        BulkCommands bulk = new BulkCommands(new BulkSender(changes), access, estate.definitionsProperty(), vm.table(),
                new BulkDialog(stage));
        window.addCommand(MenuTitles.DISC, "Select _all shown", null, () -> window.table().getSelectionModel().selectAll(),
                null);
        window.addCommand(MenuTitles.DISC, "_Grow selected discs…", null, bulk::growSelected, bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.DISC, "_Back up selected discs now…", null, bulk::backUpSelected,
                bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.DISC, "Add a backup _schedule to selected discs…", null, bulk::addScheduleToSelected,
                bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.DISC, "_Start their servers…", null, bulk::startSelectedServers,
                bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.DISC, "Shut _down their servers…", null, bulk::shutDownSelectedServers,
                bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.DISC, "Stop their ser_vers…", null, bulk::stopSelectedServers,
                bulk.whyNoBulkProperty());
        ExportCommands export = new ExportCommands(estate.estateProperty(), vm.table(), runner,
                new ExportFileChooser(stage), copy, notify);
        window.addCommand(MenuTitles.DISC, "Copy selected _rows", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
                export::copySelected, bulk.whyNoBulkProperty());
        window.addCommand(MenuTitles.VIEW, "_Export discs shown…", null, export::exportShown, null);
        window.addCommand(MenuTitles.VIEW, "Export _every disc…", null, export::exportEstate, null);
        return overview;
    }
}
