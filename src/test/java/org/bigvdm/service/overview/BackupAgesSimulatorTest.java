package org.bigvdm.service.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Backup ages over the lists the app's backup service has read from the simulator's demo estate,
 * checked against the simulator's own lists read here through the client.
 */
class BackupAgesSimulatorTest {
    private static final VmRef WWW2 = new VmRef("acme-web", "production", "www2");

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final SimBackupWorld w = new SimBackupWorld(SIM);

    /** www2/root keeps only its backup of 40 days ago: the demo's one disc last backed up over a week ago. */
    private void dropTheRecentBackupOfWww2Root() {
        List<Backup> backups = w.brain.backups(WWW2, "root");
        Backup newest = backups.get(backups.size() - 1);
        w.brain.deleteBackup(WWW2, "root", String.valueOf(newest.id()));
        w.estate.refreshAll();
    }

    private void readEveryListWithBackups() {
        for (ServerEntry s : w.estate.estate().servers()) {
            for (Disc d : s.vm().discs()) {
                if (d.backupCount() != null && d.backupCount() > 0) {
                    w.backups.read(ServerTarget.of(s), d.id()).start();
                }
            }
        }
    }

    @Test
    void countsWhatTheSimulatorsListsSayOverEveryListRead() {
        dropTheRecentBackupOfWww2Root();
        readEveryListWithBackups();
        Instant now = Instant.now();

        BackupAges ages = BackupAges.of(w.estate.estate(), NodeKeys.ALL, w.backups, now);

        Set<Long> stale = new HashSet<>();
        int withTimes = 0;
        for (ServerEntry s : w.estate.estate().servers()) {
            for (Disc d : s.vm().discs()) {
                List<Backup> listed = w.brain.backups(s.ref(), String.valueOf(d.id()));
                Optional<Instant> newest = listed.stream().map(b -> BackupTimes.takenAt(b.label()))
                        .flatMap(Optional::stream).reduce((a, b) -> a.isAfter(b) ? a : b);
                if (newest.isPresent()) {
                    withTimes++;
                    if (newest.get().plus(BackupAges.WEEK).isBefore(now)) {
                        stale.add(d.id());
                    }
                }
            }
        }
        assertThat(stale).containsExactly(w.disc(WWW2, "root").id());
        assertThat(withTimes).isGreaterThan(1);
        assertThat(ages.timesKnown()).isEqualTo(withTimes);
        assertThat(ages.stale().slice().discs()).isEqualTo(stale);
        assertThat(ages.stale().slice().servers()).containsExactly(w.server(WWW2).vm().id());
    }

    @Test
    void aListReadBeforeTheDiscsBackupCountChangedIsNotCounted() {
        dropTheRecentBackupOfWww2Root();
        readEveryListWithBackups();
        int before = BackupAges.of(w.estate.estate(), NodeKeys.ALL, w.backups, Instant.now()).timesKnown();

        w.brain.takeBackup(WWW2, "root"); // taken elsewhere: the app's read of www2/root is out of date
        w.estate.refreshAll();
        BackupAges ages = BackupAges.of(w.estate.estate(), NodeKeys.ALL, w.backups, Instant.now());

        assertThat(ages.timesKnown()).isEqualTo(before - 1);
        assertThat(ages.stale().count()).isZero();

        w.backups.read(ServerTarget.of(w.server(WWW2)), w.disc(WWW2, "root").id()).start();
        BackupAges reread = BackupAges.of(w.estate.estate(), NodeKeys.ALL, w.backups, Instant.now());
        assertThat(reread.timesKnown()).isEqualTo(before);
        assertThat(reread.stale().count()).isZero();
    }
}
