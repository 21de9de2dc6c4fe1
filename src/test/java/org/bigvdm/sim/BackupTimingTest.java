package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.sim.testing.SimClient;
import org.junit.jupiter.api.Test;

/**
 * The backup delay on the real clock: set by option and control endpoint, put back by a reset,
 * and a backup completes with nobody asking (the simulator's timer applies it), as in the demo.
 */
class BackupTimingTest {
    private static final String ROOT = Paths.BUILD + "/discs/root";

    private static JsonNode json(String body) throws Exception {
        return Json.mapper().readTree(body);
    }

    @Test
    void aBackupCompletesOnTheRealClockWithNobodyAsking() throws Exception {
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().backupDelay(Duration.ofMillis(100)).build())) {
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            JsonNode taken = json(demo.post(ROOT + "/backups", "").body());
            assertThat(taken.get("storage_grade").asText()).isEqualTo("ssd");
            long build = sim.state().vmId("acme-web", "default", "build");
            Await.until(Duration.ofSeconds(5), () -> !sim.state().backupOperations().list(build, "root").get(0).inProgress());
            assertThat(sim.state().backupOperations().list(build, "root").get(0).storageGrade()).isEqualTo("iceberg");
        }
    }

    @Test
    void theControlEndpointChangesTheDelayAndAResetPutsItBack() throws Exception {
        try (var sim = BigVSimulator.start(SimulatorOptions.builder().backupDelay(Duration.ZERO).build())) {
            var control = new SimClient(sim.baseUri(), null);
            var demo = new SimClient(sim.baseUri(), sim.tokenFor("demo"));
            assertThat(json(control.get("/_sim/faults").body()).get("backup_delay_ms").asLong()).isZero();
            int demoBackups = json(control.get("/_sim/state").body()).get("backups").asInt();
            assertThat(demoBackups).as("the demo estate has backups").isGreaterThan(10);

            var set = control.post("/_sim/faults", "{\"backup_delay_ms\": 3600000}");
            assertThat(json(set.body()).get("backup_delay_ms").asLong()).isEqualTo(3600000);
            JsonNode taken = json(demo.post(ROOT + "/backups", "").body());
            assertThat(json(demo.get(ROOT + "/backups/" + taken.get("id").asLong()).body())
                    .get("storage_grade").asText()).as("an hour to go").isEqualTo("ssd");
            assertThat(json(control.get("/_sim/state").body()).get("backups").asInt()).isEqualTo(demoBackups + 1);
            assertThat(control.post("/_sim/faults", "{\"backup_delay_ms\": -1}").statusCode()).isEqualTo(400);

            assertThat(control.post("/_sim/reset", "").statusCode()).isEqualTo(204);
            assertThat(json(control.get("/_sim/faults").body()).get("backup_delay_ms").asLong()).isZero();
            assertThat(json(control.get("/_sim/state").body()).get("backups").asInt()).isEqualTo(demoBackups);
        }
    }
}
