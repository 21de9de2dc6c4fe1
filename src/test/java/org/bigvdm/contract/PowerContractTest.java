package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Start, stop, restart and the clean shutdown through the real HTTP client. */
class PowerContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    private VirtualMachine simVm(VmRef vm) {
        return c.state().vm(c.id(vm));
    }

    @Test
    void startTurnsAServerOnWithAutoreboot() {
        assertThat(simVm(BUILD).powerOn()).isFalse();
        c.brain().start(BUILD);
        assertThat(simVm(BUILD).powerOn()).isTrue();
        assertThat(simVm(BUILD).autorebootOn()).isTrue();
    }

    @Test
    void stopTurnsAServerOffWithoutAutoreboot() {
        c.brain().stop(WWW1);
        assertThat(simVm(WWW1).powerOn()).isFalse();
        assertThat(simVm(WWW1).autorebootOn()).isFalse();
    }

    /** The simulator finishes a restart at once: the server runs, with autoreboot on. */
    @Test
    void restartLeavesTheServerRunning() {
        c.brain().restart(WWW1);
        assertThat(simVm(WWW1).powerOn()).isTrue();
        assertThat(simVm(WWW1).autorebootOn()).isTrue();
        c.brain().restart(BUILD);
        assertThat(simVm(BUILD).powerOn()).isTrue();
    }

    /** The app's flow: signal, then poll the server through the client until power_on is false. */
    @Test
    void signalPowerdownTurnsTheServerOffAfterTheDelay() {
        c.simulator().setPowerdownDelay(Duration.ofMillis(150));
        c.brain().signalPowerdown(WWW1);

        assertThat(simVm(WWW1).autorebootOn()).as("autoreboot off before the signal").isFalse();
        Await.until(Duration.ofSeconds(3), () -> !c.brain().virtualMachine(WWW1).powerOn());
        assertThat(simVm(WWW1).powerOn()).isFalse();
    }

    @Test
    void aDeletedServerCannotChangePower() {
        for (var call : new org.assertj.core.api.ThrowableAssert.ThrowingCallable[] {
                () -> c.brain().start(OLDSHOP), () -> c.brain().stop(OLDSHOP),
                () -> c.brain().restart(OLDSHOP), () -> c.brain().signalPowerdown(OLDSHOP)}) {
            ForbiddenException e = thrown(ForbiddenException.class, call);
            assertThat(e.getMessage()).contains("is deleted and cannot change");
        }
        assertThat(simVm(OLDSHOP).powerOn()).isFalse();
        assertThat(simVm(OLDSHOP).autorebootOn()).isFalse();
    }

    @Test
    void readonlyUsersCannotChangePower() {
        VirtualMachine buildBefore = simVm(BUILD);
        VirtualMachine www1Before = simVm(WWW1);
        var readonly = c.brainAs("readonly");
        assertThat(readonly.virtualMachine(BUILD).powerOn()).as("reads work").isFalse();
        ForbiddenException e = thrown(ForbiddenException.class, () -> readonly.start(BUILD));
        assertThat(e.status()).isEqualTo(403);
        thrown(ForbiddenException.class, () -> readonly.stop(WWW1));
        thrown(ForbiddenException.class, () -> readonly.restart(WWW1));
        thrown(ForbiddenException.class, () -> readonly.signalPowerdown(WWW1));
        assertThat(simVm(BUILD)).isEqualTo(buildBefore);
        assertThat(simVm(WWW1)).isEqualTo(www1Before);
    }

    @Test
    void anUnknownServerIsNotFound() {
        var nowhere = new VmRef("acme-web", "production", "nope");
        thrown(NotFoundException.class, () -> c.brain().start(nowhere));
        thrown(NotFoundException.class, () -> c.brain().signalPowerdown(nowhere));
    }
}
