package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The disc table's Backups column on the demo's db1: counts from the disc, the newest time read once. */
class BackupColumnViewModelTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final SimBackupWorld w = new SimBackupWorld(SIM);
    private final ObservableList<DiscRow> rows = FXCollections.observableArrayList();

    private DiscRow row(String label) {
        ServerEntry db1 = w.server(SimBackupWorld.DB1);
        return new DiscRow(w.disc(SimBackupWorld.DB1, label), db1, new Definitions(null, null, null).describe("ssd"));
    }

    @Test
    void countsWithTheNewestTimeAndNoneForADiscWithout() {
        BackupColumnViewModel vm = new BackupColumnViewModel(w.backups, rows, Clock.systemUTC());
        rows.setAll(row("pgdata"), row("wal"));

        assertThat(vm.text(row("pgdata"))).matches("8, latest \\d+ (h|min) ago|8, latest just now");
        assertThat(vm.text(row("wal"))).isEqualTo("none");
        assertThat(vm.versionProperty().get()).isEqualTo(1);
    }

    @Test
    void eachDiscsListIsReadOnceUntilItsCountChanges() {
        BackupColumnViewModel vm = new BackupColumnViewModel(w.backups, rows, Clock.systemUTC());
        rows.setAll(row("pgdata"), row("wal"));
        rows.setAll(row("pgdata"), row("wal"), row("root"));

        assertThat(vm.versionProperty().get()).as("pgdata read once; wal and root have none").isEqualTo(1);
    }
}
