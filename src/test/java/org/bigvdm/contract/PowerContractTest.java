package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.badRequest;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bigvdm.api.PowerState;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.state.ServerOperations;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Start, stop, restart, the clean shutdown and reset through the real HTTP client, on simulated
 * time: a powerdown takes {@link #SHUTDOWN} on the test clock, and the test moves that clock
 * instead of waiting.
 */
class PowerContractTest {
    private static final Duration SHUTDOWN = Duration.ofSeconds(3);
    private static final Duration MS = Duration.ofMillis(1);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(SHUTDOWN))
            .withTestClock().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    private VirtualMachine simVm(VmRef vm) {
        return c.state().vm(c.id(vm));
    }

    private boolean shutdownPending(VmRef vm) {
        return SIM.simulator().timeline().pending(ServerOperations.powerdownKey(c.id(vm)));
    }

    @Test
    void startTurnsAServerOnWithAutorebootAtOnce() {
        assertThat(simVm(BUILD).powerOn()).isFalse();
        c.brain().start(BUILD);
        assertThat(c.brain().powerState(BUILD)).isEqualTo(new PowerState(true, true, false));
    }

    @Test
    void stopTurnsAServerOffWithoutAutorebootAtOnce() {
        c.brain().stop(WWW1);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(new PowerState(false, false, false));
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

    /** The app's flow: signal, then poll the server's power through the client until it is off. */
    @Test
    void aCleanShutdownTurnsTheServerOffWhenTheDelayHasPassed() {
        c.brain().signalPowerdown(WWW1);

        assertThat(c.brain().powerState(WWW1)).as("autoreboot off, still shutting down")
                .isEqualTo(new PowerState(true, false, false));
        SIM.advance(SHUTDOWN.minus(MS));
        assertThat(c.brain().powerState(WWW1).powerOn()).isTrue();
        SIM.advance(MS);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(new PowerState(false, false, false));
        assertThat(shutdownPending(WWW1)).isFalse();
    }

    /** Moving the clock is enough: the next request applies what fell due, no runDue() needed. */
    @Test
    void theNextRequestAppliesAShutdownThatFellDue() {
        c.brain().signalPowerdown(WWW1);
        SIM.clock().advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1).powerOn()).isFalse();
    }

    /** A restart that applies disc changes: clean shutdown, wait until off, start. */
    @Test
    void shutdownThenStartIsTheRestartThatAppliesDiscChanges() {
        c.brain().signalPowerdown(WWW1);
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1).powerOn()).isFalse();
        c.brain().start(WWW1);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(new PowerState(true, true, false));
    }

    /** With autoreboot still on (a bare signal), the guest shuts down and boots again. */
    @Test
    void aPowerdownWithAutorebootOnComesBackUp() {
        c.brain().start(BUILD);
        c.raw().post(Contract.path(BUILD) + "/signal", "{\"signal\":\"powerdown\"}");
        assertThat(shutdownPending(BUILD)).isTrue();
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(BUILD)).isEqualTo(new PowerState(true, true, false));
        assertThat(shutdownPending(BUILD)).isFalse();
    }

    /** A second signal while the guest shuts down does not push the moment back. */
    @Test
    void aSecondPowerdownKeepsTheFirstOnesTime() {
        c.brain().signalPowerdown(WWW1);
        SIM.advance(Duration.ofSeconds(2));
        c.brain().signalPowerdown(WWW1);
        SIM.advance(Duration.ofSeconds(1));
        assertThat(c.brain().powerState(WWW1).powerOn()).isFalse();
    }

    /** A hard stop during a shutdown ends it: a start right after is not undone by the old signal. */
    @Test
    void aStopDuringAShutdownEndsIt() {
        c.brain().signalPowerdown(WWW1);
        c.brain().stop(WWW1);
        c.brain().start(WWW1);
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1).powerOn()).isTrue();
    }

    @Test
    void aRestartDuringAShutdownEndsIt() {
        c.brain().signalPowerdown(WWW1);
        c.brain().restart(WWW1);
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(new PowerState(true, true, false));
    }

    /** Reset reboots in place: the server never shows as off, so it applies no disc changes. */
    @Test
    void resetKeepsTheServerOn() {
        PowerState before = c.brain().powerState(WWW1);
        c.brain().signalReset(WWW1);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(before);
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1)).isEqualTo(before);
    }

    @Test
    void aResetDuringAShutdownEndsIt() {
        c.brain().signalPowerdown(WWW1);
        c.brain().signalReset(WWW1);
        assertThat(shutdownPending(WWW1)).isFalse();
        SIM.advance(SHUTDOWN);
        assertThat(c.brain().powerState(WWW1).powerOn()).isTrue();
    }

    /** A lost first half of a shutdown stops it there: the signal is never sent blind. */
    @Test
    void aDroppedShutdownSendsNoSignalAndIsNotResent() {
        c.faults().dropNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().signalPowerdown(WWW1));
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(shutdownPending(WWW1)).isFalse();
        assertThat(c.brain().powerState(WWW1)).as("read again: nothing happened")
                .isEqualTo(new PowerState(true, true, false));
        c.faults().dropNext(1);
        thrown(NetworkException.class, () -> c.brain().signalReset(WWW1));
        assertThat(c.faults().describe().get("drop_next")).as("sent once, not retried").isEqualTo(0);
    }

    /** The API docs: signals reach only a running server. */
    @Test
    void signalsToAServerThatIsOffAreRefused() {
        badRequest(() -> c.brain().signalReset(BUILD), "virtual_machine", "must be powered on");
        badRequest(() -> c.brain().signalPowerdown(BUILD), "virtual_machine", "must be powered on");
        assertThat(shutdownPending(BUILD)).isFalse();
        assertThat(c.brain().powerState(BUILD)).isEqualTo(new PowerState(false, false, false));
    }

    @Test
    void anUnknownSignalIsRefused() {
        var answer = c.raw().post(Contract.path(WWW1) + "/signal", "{\"signal\":\"explode\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("{\"signal\":[\"is not included in the list\"]}");
    }

    @Test
    void aDeletedServerCannotChangePower() {
        for (ThrowingCallable call : powerCalls(c.brain(), OLDSHOP)) {
            ForbiddenException e = thrown(ForbiddenException.class, call);
            assertThat(e.getMessage()).contains("is deleted and cannot change");
        }
        assertThat(c.brain().powerState(OLDSHOP)).as("still readable").isEqualTo(new PowerState(false, false, true));
    }

    @Test
    void readonlyUsersCannotChangePower() {
        VirtualMachine buildBefore = simVm(BUILD);
        VirtualMachine www1Before = simVm(WWW1);
        var readonly = c.brainAs("readonly");
        assertThat(readonly.powerState(BUILD).powerOn()).as("reads work").isFalse();
        for (VmRef vm : List.of(BUILD, WWW1)) {
            for (ThrowingCallable call : powerCalls(readonly, vm)) {
                ForbiddenException e = thrown(ForbiddenException.class, call);
                assertThat(e.status()).isEqualTo(403);
            }
        }
        assertThat(simVm(BUILD)).isEqualTo(buildBefore);
        assertThat(simVm(WWW1)).isEqualTo(www1Before);
        assertThat(shutdownPending(WWW1)).isFalse();
    }

    @Test
    void anUnknownServerIsNotFound() {
        var nowhere = new VmRef("acme-web", "production", "nope");
        thrown(NotFoundException.class, () -> c.brain().powerState(nowhere));
        for (ThrowingCallable call : powerCalls(c.brain(), nowhere)) {
            thrown(NotFoundException.class, call);
        }
    }

    private static List<ThrowingCallable> powerCalls(org.bigvdm.api.BrainApi brain, VmRef vm) {
        return List.of(() -> brain.start(vm), () -> brain.stop(vm), () -> brain.restart(vm),
                () -> brain.signalPowerdown(vm), () -> brain.signalReset(vm));
    }
}
