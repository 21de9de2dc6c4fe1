package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ServerPower.End;
import org.bigvdm.service.change.ServerPower.Result;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBrains;
import org.bigvdm.testutil.SimPower;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shutdown, the wait and restart against the simulator on simulated time: the sleeper moves the
 * simulator's clock, so a 30 s shutdown or a 120 s time-out take no real time.
 */
class ServerPowerTest {
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(SHUTDOWN))
            .withTestClock().resetBeforeEachTest();

    private final List<Result> results = new ArrayList<>();
    private SimPower sim;
    private List<Duration> slept;
    private List<FinishedChange> finished;
    private SimBrains brains;
    private ServerPower power;

    @BeforeEach
    void setUp() {
        sim = new SimPower(SIM);
        slept = sim.slept;
        finished = sim.finished;
        brains = sim.brains;
        power = sim.power(ServerPower.DEFAULT_TIMEOUT);
    }

    private ServerEntry server(String group, String name) {
        return sim.server(group, name);
    }

    private ServerPower powerWithTimeout(Duration timeout) {
        return sim.power(timeout);
    }

    @Test
    void aShutdownSignalsOnceThenWaitsUntilTheServerIsOff() {
        ServerPower.Waiting w = power.shutDown(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.OFF);
        assertThat(brains.writes).hasSize(2);   // autoreboot off, then the signal
        assertThat(brains.writes.get(1)).endsWith("/www1/signal");
        assertThat(slept).hasSize(30);
        assertThat(w.messageProperty().get()).isEqualTo("waiting for www1 to power off, 29 s");
        assertThat(server("production", "www1").vm().powerOn()).as("the tree sees it off").isFalse();
        assertThat(power.waits()).isEmpty();
    }

    @Test
    void aServerAlreadyOffIsNotSignalled() {
        power.shutDown(server("default", "build"), results::add);
        assertThat(results).extracting(Result::end).containsExactly(End.OFF);
        assertThat(brains.writes).isEmpty();
    }

    @Test
    void afterTheTimeOutItReportsAndNeverStopsTheServerItself() {
        power = powerWithTimeout(Duration.ofSeconds(10));   // the guest takes 30 s
        power.shutDown(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.TIMED_OUT);
        assertThat(brains.writes).as("the signal only: no stop").hasSize(2);
        assertThat(server("production", "www1").vm().powerOn()).isTrue();
    }

    @Test
    void cancellingTheWaitLeavesTheServerAsItIsAndSendsNothingMore() {
        sim.onSleep = d -> {
            if (slept.size() == 3) {
                power.waits().get(0).cancel();
            }
        };
        power.shutDown(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.CANCELLED);
        assertThat(brains.writes).hasSize(2);
        assertThat(server("production", "www1").vm().powerOn()).isTrue();
    }

    @Test
    void cancellingTheWaitOfARestartStartsNothing() {
        ServerPower.Waiting[] w = new ServerPower.Waiting[1];
        sim.onSleep = d -> {
            if (slept.size() == 3) {
                w[0] = power.waits().get(0);
                w[0].cancel();
            }
        };
        power.restart(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.CANCELLED);
        assertThat(slept).hasSize(3);
        assertThat(brains.writes).as("the shutdown only, no start").hasSize(2);
        assertThat(power.waits()).isEmpty();
    }

    @Test
    void restartShutsDownWaitsAndStarts() {
        power.restart(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.STARTED);
        assertThat(brains.writes).hasSize(3);
        assertThat(finished).extracting(f -> f.change().kind())
                .containsExactly(ChangeKind.SHUTDOWN_SERVER, ChangeKind.RESTART_SERVER);
        assertThat(server("production", "www1").vm().powerOn()).isTrue();
    }

    @Test
    void aLostAnswerToTheStartIsSettledByReadingNeverBySendingAgain() {
        sim.onSleep = d -> brains.loseNextAnswer = slept.size() == 30;   // the start's answer is lost
        power.restart(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.STARTED);
        assertThat(brains.writes).hasSize(3);
        assertThat(finished.get(1).outcome().status()).isEqualTo(ChangeOutcome.Status.UNKNOWN);
    }

    /** The simulator's own fault: the start answers 500 unhandled; the re-read shows it off, and nothing is re-sent. */
    @Test
    void aStartLostToAServerErrorIsSettledByTheReread() {
        ServerEntry www1 = server("production", "www1");
        boolean[] armed = {false};
        sim.estate.estateProperty().addListener((o, was, now) -> {
            if (!armed[0] && now.server(www1.vm().id()).map(s -> !s.vm().powerOn()).orElse(false)) {
                armed[0] = true;
                SIM.simulator().faults().failNext(1, 500);   // the next request is the start
            }
        });
        power.restart(www1, results::add);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.end()).isEqualTo(End.FAILED);
            assertThat(r.error().outcomeUnknown()).isTrue();
        });
        assertThat(brains.writes).as("autoreboot, signal, one start").hasSize(3);
        assertThat(finished.get(1).outcome().status()).isEqualTo(ChangeOutcome.Status.UNKNOWN);
        assertThat(finished.get(1).reread()).singleElement().satisfies(vm -> assertThat(vm.powerOn()).isFalse());
        assertThat(server("production", "www1").vm().powerOn()).isFalse();
    }
}
