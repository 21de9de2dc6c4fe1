package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The estate-wide list of discs without backups, on the demo estate, following changes. */
class DiscsWithoutBackupsViewModelTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final SimBackupWorld w = new SimBackupWorld(SIM);
    private final List<String> shown = new ArrayList<>();
    private final DiscsWithoutBackupsViewModel vm = new DiscsWithoutBackupsViewModel(w.estate.estateProperty(),
            (key, disc) -> shown.add(key + " " + disc));

    private List<String> names() {
        return vm.rows().stream().map(r -> r.serverName() + "/" + r.label()).toList();
    }

    @Test
    void listsUnprotectedDiscsOfLiveServersOnly() {
        assertThat(names()).contains("db1/wal", "build/root")
                .doesNotContain("db1/pgdata", "mail/maildirs", "www2/root", "oldshop/root");
        assertThat(vm.summaryProperty().get()).matches("\\d+ of \\d+ discs have no backup and no schedule\\.");
    }

    @Test
    void aBackupTakenElsewhereTakesTheDiscOffTheListOnTheNextRead() {
        w.brain.takeBackup(SimBackupWorld.DB1, "wal");
        w.estate.refreshAll();

        assertThat(names()).doesNotContain("db1/wal");
    }

    @Test
    void showSelectsTheServerAndTheDisc() {
        DiscsWithoutBackupsViewModel.Row wal = vm.rows().stream().filter(r -> r.label().equals("wal")).findFirst()
                .orElseThrow();
        ServerEntry db1 = w.server(SimBackupWorld.DB1);

        vm.show(wal);

        assertThat(shown).containsExactly(db1.key() + " " + wal.disc().id());
    }
}
