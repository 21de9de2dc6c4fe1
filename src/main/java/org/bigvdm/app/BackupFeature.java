package org.bigvdm.app;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.backup.BackupService;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.ui.backups.BackupColumnViewModel;
import org.bigvdm.ui.backups.BackupsViewModel;
import org.bigvdm.ui.backups.DiscsWithoutBackupsViewModel;
import org.bigvdm.ui.backups.view.BackupColumn;
import org.bigvdm.ui.backups.view.BackupsView;
import org.bigvdm.ui.backups.view.DiscsWithoutBackupsWindow;
import org.bigvdm.ui.backups.view.FxBackupDialogs;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.MenuTitles;

/**
 * Builds the backups feature into the main window: the Backups pane under the disc table, the
 * table's Backups column and View › Discs without backups. Kept apart so the assembly gains one
 * line, not twenty.
 */
final class BackupFeature {
    /** How often a backup in progress is read again while the user waits for it. */
    static final Duration POLL = Duration.ofSeconds(1);

    private BackupFeature() {
    }

    static BackupService install(Stage stage, MainWindow window, MainViewModel vm, SessionService sessions,
                                 TaskRunner runner, ChangeService changes, EstateService estate, AccessRights access,
                                 ServerPower power, Consumer<Runnable> afterFirstFrame) {
        Clock clock = Clock.systemDefaultZone();
        BackupService backups = new BackupService(sessions, runner, changes, POLL);
        BackupsViewModel pane = new BackupsViewModel(new BackupsViewModel.Services(backups, changes, estate, access),
                vm.table().selectedRowProperty(), new FxBackupDialogs(stage), clock, ZoneId.systemDefault());
        pane.offerShutDownWith(power);
        afterFirstFrame.accept(() -> window.addBelowTable(new BackupsView(pane)));
        BackupColumn.addTo(window.table(), new BackupColumnViewModel(backups, vm.table().rows(), clock));

        DiscsWithoutBackupsViewModel unprotected = new DiscsWithoutBackupsViewModel(estate.estateProperty(),
                (serverKey, discId) -> {
                    vm.tree().selectedKeyProperty().set(serverKey);
                    vm.table().selectDiscWhenShown(discId);
                });
        DiscsWithoutBackupsWindow[] shown = new DiscsWithoutBackupsWindow[1];
        MenuItem item = new MenuItem("Discs _without backups…");
        item.setId("discsWithoutBackupsMenuItem");
        item.setOnAction(e -> {
            if (shown[0] == null) {
                shown[0] = new DiscsWithoutBackupsWindow(stage, unprotected);
            }
            shown[0].show();
        });
        window.addMenuItem(MenuTitles.VIEW, item);
        return backups;
    }
}
