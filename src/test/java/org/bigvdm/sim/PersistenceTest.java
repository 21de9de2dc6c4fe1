package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.state.BackupOperations;
import org.bigvdm.sim.state.DataFile;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.state.StoredBackup;
import org.bigvdm.sim.testing.SimClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void changesSurviveARestart() throws Exception {
        Path file = dir.resolve("estate.json");
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file).build())) {
            assertThat(file).exists(); // written at start, so a first run leaves a file to edit
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            assertThat(demo.post(Paths.WWW1 + "/discs", "{\"label\":\"kept\",\"size\":4096}").statusCode()).isEqualTo(201);
            assertThat(demo.put(Paths.WWW1 + "/discs/uploads", "{\"size\":204800}").statusCode()).isEqualTo(200);
            assertThat(demo.put(Paths.WWW1, "{\"power_on\":false,\"autoreboot_on\":false}").statusCode()).isEqualTo(200);
        }
        Snapshot saved = Json.mapper().readValue(file.toFile(), Snapshot.class);
        assertThat(saved.discs()).extracting(Disc::label).contains("kept");
        try (var dirs = Files.list(dir)) {
            assertThat(dirs).containsExactly(file); // no temporary files left behind
        }

        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file).build())) {
            long www1 = Paths.www1Id(sim);
            assertThat(sim.state().discsOf(www1)).extracting(Disc::label, Disc::size)
                    .contains(org.assertj.core.groups.Tuple.tuple("kept", 4096L),
                            org.assertj.core.groups.Tuple.tuple("uploads", 204800L));
            assertThat(sim.state().vm(www1).powerOn()).isFalse();
            // new ids carry on after the saved ones
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            assertThat(demo.post(Paths.WWW1 + "/discs", "{\"size\":4096}").body()).doesNotContain("\"id\":1,");
            assertThat(sim.state().snapshot().discs()).extracting(Disc::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void aDataFileFromBeforeTheRealWireTypesStillLoads() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"next_id\": 10, \"accounts\": [{\"id\": 1, \"name\": \"acme\"}],"
                + " \"groups\": [{\"id\": 2, \"account_id\": 1, \"name\": \"default\"}],"
                + " \"virtual_machines\": [{\"id\": 3, \"name\": \"web\", \"group_id\": 2, \"power_on\": true,"
                + " \"head\": true}, {\"id\": 4, \"name\": \"db\", \"group_id\": 2, \"head\": false}],"
                + " \"discs\": [{\"id\": 5, \"label\": \"root\", \"size\": 25600, \"virtual_machine_id\": 3,"
                + " \"migration_progress\": 42.5}]}");
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file).build())) {
            assertThat(sim.state().vm(3).head()).as("running: a host name").matches("head\\d+");
            assertThat(sim.state().vm(4).head()).as("off: none").isNull();
            assertThat(sim.state().discById(5).migrationProgress()).isEqualTo(42);
        }
    }

    @Test
    void backupsAndSchedulesSurviveARestart() throws Exception {
        Path file = dir.resolve("estate.json");
        String root = Paths.BUILD + "/discs/root";
        long kept;
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file)
                .backupDelay(Duration.ofHours(1)).build())) {
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            kept = Json.mapper().readTree(demo.post(root + "/backups", "").body()).get("id").asLong();
            assertThat(demo.post(root + "/backup_schedules",
                    "{\"start_at\": \"03:00\", \"interval_seconds\": 86400, \"capacity\": 5}").statusCode())
                    .isEqualTo(201);
        }
        Snapshot saved = Json.mapper().readValue(file.toFile(), Snapshot.class);
        assertThat(saved.backups()).extracting(StoredBackup::id).contains(kept);

        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file)
                .backupDelay(Duration.ofHours(1)).build())) {
            long build = sim.state().vmId("acme-web", "default", "build");
            Disc disc = sim.state().disc(build, "root");
            assertThat(disc.backupCount()).isEqualTo(1);
            BackupSchedule schedule = disc.backupSchedules().get(0);
            assertThat(schedule.capacity()).isEqualTo(5);
            assertThat(sim.state().backupOperations().list(build, "root")).singleElement()
                    .satisfies(b -> assertThat(b.inProgress()).as("an hour to go").isTrue());
            // pending transitions are not saved: loading armed them again
            assertThat(sim.timeline().pending(BackupOperations.completionKey(disc.id(), kept))).isTrue();
            assertThat(sim.timeline().pending(BackupOperations.scheduleKey(disc.id(), schedule.id()))).isTrue();
        }
    }

    /** Backup counts come from the backups the file holds; a schedule that could never run is dropped. */
    @Test
    void aDataFileFromBeforeBackupsLoadsWithConsistentDiscs() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"next_id\": 10, \"accounts\": [{\"id\": 1, \"name\": \"acme\"}],"
                + " \"groups\": [{\"id\": 2, \"account_id\": 1, \"name\": \"default\"}],"
                + " \"virtual_machines\": [{\"id\": 3, \"name\": \"web\", \"group_id\": 2}],"
                + " \"discs\": [{\"id\": 5, \"label\": \"root\", \"size\": 25600, \"virtual_machine_id\": 3,"
                + " \"backups_enabled\": true, \"backup_count\": 7, \"backup_schedules\": ["
                + "{\"id\": 6, \"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": 7},"
                + "{\"id\": 7, \"start_at\": \"00:00\", \"interval_seconds\": 0, \"capacity\": 7}]}]}");
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().dataFile(file).build())) {
            Disc root = sim.state().discById(5);
            assertThat(root.backupCount()).isZero();
            assertThat(root.backupSchedules()).extracting(BackupSchedule::id).containsExactly(6L);
            assertThat(root.backupsEnabled()).isTrue();
            assertThat(sim.timeline().pending(BackupOperations.scheduleKey(5, 6))).isTrue();
            assertThat(sim.state().snapshot().nextId()).isGreaterThan(7);
        }
    }

    @Test
    void corruptFileStopsTheStartAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"accounts\": [ this is not json");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> BigVSimulator.start(SimulatorOptions.builder().dataFile(file).build()))
                .isInstanceOf(DataFile.SimDataException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void fileWithoutAccountsIsRefusedToo() throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "{}");
        assertThatThrownBy(() -> new DataFile(file).load())
                .hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(Files.readString(file)).isEqualTo("{}");
    }
}
