package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBrains;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits until off run on a runner of their own ({@link ExecutorTaskRunner#forWaits()}), with real
 * threads: six servers waited for at once (more than the worker pool's four threads) and a
 * refresh still completes at once, and the waits show in the worker runner's jobs.
 */
class ServerPowerWaitsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().withTestClock().resetBeforeEachTest();

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final ExecutorTaskRunner pool = new ExecutorTaskRunner(uiThread);
    private final ExecutorTaskRunner waitRunner = pool.forWaits();
    /** The waits' pause between two reads lasts until the test lets it end: no timing involved. */
    private final CountDownLatch endPauses = new CountDownLatch(1);

    @AfterEach
    void close() {
        endPauses.countDown();
        waitRunner.close();
        pool.close();
        uiThread.shutdownNow();
    }

    private <T> T onUi(Callable<T> call) throws Exception {
        return uiThread.submit(call).get(5, TimeUnit.SECONDS);
    }

    @Test
    void sixWaitsHoldNoWorkerThreadAndARefreshStillCompletes() throws Exception {
        AccessRights access = new AccessRights();
        SimBrains brains = new SimBrains(SIM);
        SessionService session = onUi(() -> TestSessions.on(brains.api, access, pool));
        EstateService estate = onUi(() -> new EstateService(session, pool, SIM.clock()));
        ChangeService changes = onUi(() -> new ChangeService(session, estate, access, pool, SIM.clock()));
        // the simulator's clock stands still: the waits never time out, the servers never go off
        ServerPower power = onUi(() -> new ServerPower(changes, session, estate, waitRunner, uiThread, SIM.clock(),
                d -> endPauses.await(), ServerPower.DEFAULT_TIMEOUT));
        onUi(() -> {
            estate.refreshAll();
            return null;
        });
        long www1 = SIM.simulator().state().vmId(DemoEstate.ACCOUNT, "production", "www1");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onUi(() -> estate.estate().server(www1)).isPresent());
        ServerEntry server = onUi(() -> estate.estate().server(www1).orElseThrow());
        assertThat(server.vm().powerOn()).isTrue();

        List<ServerPower.Waiting> waiting = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waiting.add(onUi(() -> power.waitUntilOff(server, false, r -> { })));
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onUi(() -> pool.operations().running().size()) >= 6);
        assertThat(onUi(() -> pool.operations().running().size())).as("the waits show as jobs").isEqualTo(6);

        CountDownLatch refreshed = new CountDownLatch(1);
        List<Optional<VirtualMachine>> read = new ArrayList<>();
        onUi(() -> {
            estate.refreshServer(server.ref(), fresh -> {
                read.add(fresh);
                refreshed.countDown();
            });
            return null;
        });
        assertThat(refreshed.await(5, TimeUnit.SECONDS)).as("a refresh while six servers are waited for").isTrue();
        assertThat(read.get(0)).isPresent();
        assertThat(onUi(() -> power.waits().size())).as("still waiting").isEqualTo(6);

        onUi(() -> {
            waiting.forEach(ServerPower.Waiting::cancel);
            return null;
        });
        endPauses.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onUi(() -> power.waits()).isEmpty());
        assertThat(onUi(() -> power.waits())).as("cancel still ends each wait").isEmpty();
    }
}
