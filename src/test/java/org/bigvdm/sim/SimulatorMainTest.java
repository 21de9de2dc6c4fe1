package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {
    @Test
    void parsesEveryFlag() {
        SimulatorOptions o = SimulatorMain.parse(new String[] {"--port", "8080", "--vms", "1000", "--seed", "9",
                "--latency", "250", "--data", "estate.json", "--session-lifetime", "30", "--powerdown-delay", "100",
                "--backup-delay", "250"}).options();
        assertThat(o.port()).isEqualTo(8080);
        assertThat(o.vms()).isEqualTo(1000);
        assertThat(o.seed()).isEqualTo(9);
        assertThat(o.latency()).isEqualTo(Duration.ofMillis(250));
        assertThat(o.dataFile()).isEqualTo(Path.of("estate.json"));
        assertThat(o.sessionLifetime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.powerdownDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(o.backupDelay()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void defaultsToARandomPortAndTheDemoEstate() {
        SimulatorOptions o = SimulatorMain.parse(new String[0]).options();
        assertThat(o.port()).isZero();
        assertThat(o.vms()).isZero();
        assertThat(o.dataFile()).isNull();
        assertThat(o.sessionLifetime()).isNull();
        assertThat(o.backupDelay()).as("a few seconds per 100 GiB in the demo").isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void faultFlagsAreAppliedToTheRunningSimulator() {
        var parsed = SimulatorMain.parse(new String[] {"--fail-next", "2:502", "--fail-share", "0.25",
                "--drop-next", "1", "--malformed-next", "3"});
        var faults = new org.bigvdm.sim.fault.Faults(1);
        parsed.faults().accept(faults);
        assertThat(faults.describe()).containsEntry("drop_next", 1).containsEntry("malformed_next", 3)
                .containsEntry("fail_next", java.util.Map.of("count", 2, "status", 502))
                .containsEntry("fail_share", java.util.Map.of("share", 0.25, "status", 503));
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--fail-share", "1.5"}))
                .hasMessageContaining("0 to 1");
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port"})).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--vms", "many"})).hasMessageContaining("number");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--colour", "red"})).hasMessageContaining("unknown");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--port", "70000"})).hasMessageContaining("port");
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--backup-delay", "-1"}))
                .hasMessageContaining("backupDelay");
    }
}
