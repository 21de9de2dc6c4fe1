package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ServerPower.End;
import org.bigvdm.service.change.ServerPower.Result;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBrains;
import org.bigvdm.testutil.TestSessions;
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
    private final List<Duration> slept = new ArrayList<>();
    private final List<FinishedChange> finished = new ArrayList<>();
    private SimBrains brains;
    private EstateService estate;
    private ServerPower power;
    private ServerPower.Sleeper onSleep = d -> { };
    private ChangeService changes;
    private SessionService session;
    private TaskRunner runner;

    @BeforeEach
    void setUp() {
        brains = new SimBrains(SIM);
        AccessRights access = new AccessRights();
        TaskRunner runner = ImmediateTaskRunner.create();
        SessionService session = TestSessions.on(brains.api, access, runner);
        estate = new EstateService(session, runner, SIM.clock());
        ChangeService changes = new ChangeService(session, estate, access, runner, SIM.clock());
        changes.subscribe(finished::add);
        this.changes = changes;
        this.session = session;
        this.runner = runner;
        power = powerWithTimeout(ServerPower.DEFAULT_TIMEOUT);
        estate.refreshAll();
    }

    private ServerPower powerWithTimeout(Duration timeout) {
        return new ServerPower(changes, session, estate, runner, Runnable::run, SIM.clock(), d -> {
            slept.add(d);
            onSleep.sleep(d);
            SIM.advance(d);
        }, timeout);
    }

    private ServerEntry server(String group, String name) {
        long id = SIM.simulator().state().vmId(DemoEstate.ACCOUNT, group, name);
        return estate.estate().server(id).orElseThrow();
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
        onSleep = d -> {
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
        onSleep = d -> {
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
        onSleep = d -> brains.loseNextAnswer = slept.size() == 30;   // the start's answer is lost
        power.restart(server("production", "www1"), results::add);

        assertThat(results).extracting(Result::end).containsExactly(End.STARTED);
        assertThat(brains.writes).hasSize(3);
        assertThat(finished.get(1).outcome().status()).isEqualTo(ChangeOutcome.Status.UNKNOWN);
    }
}
