package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PowerTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private SimClient demo;

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void stopStartAndRestart() {
        assertThat(power("{\"power_on\":false,\"autoreboot_on\":false}")).satisfies(vm -> {
            assertThat(vm.powerOn()).isFalse();
            assertThat(vm.autorebootOn()).isFalse();
        });
        assertThat(power("{\"power_on\":true,\"autoreboot_on\":true}").powerOn()).isTrue();
        // A restart ends with the server running again.
        assertThat(power("{\"power_on\":false,\"autoreboot_on\":true}").powerOn()).isTrue();
        assertThat(power("{\"cores\":64}").cores()).isEqualTo(2); // unknown fields are dropped
    }

    @Test
    void cleanShutdownTurnsTheServerOffAfterADelay() {
        assertThat(demo.put(Paths.WWW1, "{\"autoreboot_on\":false}").statusCode()).isEqualTo(200);
        assertThat(demo.post(Paths.WWW1 + "/signal", "{\"signal\":\"powerdown\"}").statusCode()).isEqualTo(200);
        long id = Paths.www1Id(SIM.simulator());
        Await.until(Duration.ofSeconds(5), () -> !SIM.simulator().state().vm(id).powerOn());
        assertThat(read(demo.get(Paths.WWW1)).powerOn()).isFalse();
    }

    @Test
    void powerdownWithAutorebootComesBackUp() {
        SIM.simulator().setPowerdownDelay(Duration.ZERO);
        assertThat(demo.post(Paths.WWW1 + "/signal", "{\"signal\":\"powerdown\"}").statusCode()).isEqualTo(200);
        assertThat(read(demo.get(Paths.WWW1)).powerOn()).isTrue();
    }

    @Test
    void badPowerRequests() {
        var unknownSignal = demo.post(Paths.WWW1 + "/signal", "{\"signal\":\"explode\"}");
        assertThat(unknownSignal.statusCode()).isEqualTo(400);
        assertThat(unknownSignal.body()).isEqualTo("{\"signal\":[\"is not included in the list\"]}");
        var notBoolean = demo.put(Paths.WWW1, "{\"power_on\":\"yes\"}");
        assertThat(notBoolean.statusCode()).isEqualTo(400);
        assertThat(notBoolean.body()).isEqualTo("{\"power_on\":[\"is not a boolean\"]}");
        assertThat(demo.put(Paths.WWW1, "{bad").statusCode()).isEqualTo(400);
        var deleted = demo.put(Paths.OLDSHOP, "{\"power_on\":true}");
        assertThat(deleted.statusCode()).isEqualTo(403);
        assertThat(deleted.body()).isEqualTo("{\"virtual_machine\":[\"is deleted and cannot change\"]}");
        assertThat(demo.post(Paths.OLDSHOP + "/signal", "{\"signal\":\"powerdown\"}").statusCode()).isEqualTo(403);
        assertThat(demo.delete(Paths.WWW1).statusCode()).isEqualTo(405);
    }

    /** Reset answers like powerdown; signals reach only a running server (the API docs say so). */
    @Test
    void resetAndSignalsToAServerThatIsOff() {
        var reset = demo.post(Paths.WWW1 + "/signal", "{\"signal\":\"reset\"}");
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).isEqualTo("{}");
        assertThat(read(demo.get(Paths.WWW1)).powerOn()).isTrue();
        for (String signal : new String[] {"reset", "powerdown"}) {
            var off = demo.post(Paths.BUILD + "/signal", "{\"signal\":\"" + signal + "\"}");
            assertThat(off.statusCode()).isEqualTo(400);
            assertThat(off.body()).isEqualTo("{\"virtual_machine\":[\"must be powered on\"]}");
        }
    }

    @Test
    void flatServerPathTakesPowerToo() {
        long id = Paths.www1Id(SIM.simulator());
        var answer = demo.put("/virtual_machines/" + id, "{\"power_on\":false,\"autoreboot_on\":false}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(SIM.simulator().state().vm(id).powerOn()).isFalse();
    }

    private VirtualMachine power(String body) {
        return read(demo.put(Paths.WWW1, body));
    }

    private static VirtualMachine read(java.net.http.HttpResponse<String> answer) {
        return AccountsAndServersTest.read(answer, new com.fasterxml.jackson.core.type.TypeReference<>() { });
    }
}
