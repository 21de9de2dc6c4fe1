package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Json;
import org.bigvdm.sim.fault.Fault;
import org.bigvdm.sim.fault.Faults;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private SimClient demo;

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void failNextAnswersTheStatusThenRecovers() {
        SIM.simulator().faults().failNext(2, 503);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(503);
        assertThat(demo.post(Paths.WWW1 + "/discs", "{\"size\":2048}").statusCode()).isEqualTo(503);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(200);
        // a failed request changed nothing
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
    }

    @Test
    void shareOfFailuresIsRepeatableForASeed() {
        assertThat(pattern(new Faults(7))).isEqualTo(pattern(new Faults(7)));
        List<Boolean> p = pattern(new Faults(7));
        long failures = p.stream().filter(b -> b).count();
        assertThat(failures).isBetween(20L, 80L);

        SIM.simulator().faults().failShare(1.0, 500);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(500);
    }

    @Test
    void droppedConnectionGetsNoAnswer() {
        SIM.simulator().faults().dropNext(1);
        assertThatThrownBy(() -> demo.postOrThrow(Paths.WWW1 + "/discs", "{\"size\":2048}"))
                .isInstanceOf(IOException.class);
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void malformedBodyIsNotJson() {
        SIM.simulator().faults().malformedNext(1);
        var answer = demo.get("/accounts");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Json.mapper().readTree(answer.body())).isInstanceOf(IOException.class);
        assertThat(demo.get("/accounts").body()).startsWith("[");
    }

    @Test
    void latencyDelaysEveryAnswer() {
        SIM.simulator().faults().latency(Duration.ofMillis(150));
        long start = System.nanoTime();
        assertThat(demo.get("/definitions").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void anEmptyAnswerIsAHandledRequestWithNoBody() {
        SIM.simulator().faults().emptyNext(1);
        var created = demo.post(Paths.WWW1 + "/discs", "{\"label\":\"quiet\",\"size\":2048}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).isEmpty();
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(3);
        assertThat(demo.get("/accounts").body()).startsWith("[");
    }

    @Test
    void aHungRequestIsNeverHandledAndItsConnectionClosedLater() {
        SIM.simulator().faults().hangNext(1, Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(() -> demo.postOrThrow(Paths.WWW1 + "/discs", "{\"size\":2048}"))
                .isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator()))).hasSize(2);
    }

    @Test
    void aSlowAnswerComesLateForAChangeMadeAtOnce() throws Exception {
        SIM.simulator().faults().slowNext(1, Duration.ofMillis(400));
        var answer = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> demo.post(Paths.WWW1 + "/discs", "{\"label\":\"late\",\"size\":2048}"));
        Await.until(Duration.ofSeconds(5), () -> SIM.simulator().state().discsOf(Paths.www1Id(SIM.simulator())).size() == 3);
        assertThat(answer).isNotDone();
        assertThat(answer.get().statusCode()).isEqualTo(201);
    }

    @Test
    void requestsAreCountedPerMethodAndPathButNotControlOnes() {
        SIM.simulator().requests().clear();
        demo.get("/accounts");
        demo.get("/accounts");
        SIM.simulator().faults().failNext(1, 500);
        demo.post(Paths.WWW1 + "/discs", "{\"size\":2048}");
        SIM.client().get("/_sim/state");
        assertThat(SIM.simulator().requests().all())
                .containsExactly(java.util.Map.entry("GET /accounts", 2), java.util.Map.entry("POST " + Paths.WWW1 + "/discs", 1));
        assertThat(SIM.simulator().requests().writes()).isEqualTo(1);
    }

    @Test
    void controlEndpointSetsFaultsWithoutAToken() throws Exception {
        var control = SIM.client();
        var set = control.post("/_sim/faults", "{\"fail_next\":{\"count\":1,\"status\":502},\"latency_ms\":0,"
                + "\"session_lifetime_seconds\":60,\"powerdown_delay_ms\":10}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(set.body()).path("fail_next").path("status").asInt()).isEqualTo(502);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(502);
        assertThat(SIM.simulator().sessions().lifetimeOverride()).isEqualTo(Duration.ofSeconds(60));

        control.post("/_sim/faults", "{\"fail_share\":{\"share\":1,\"status\":503}}");
        assertThat(control.get("/_sim/state").statusCode()).isEqualTo(200); // control is never faulted
        assertThat(control.get("/_sim/state").body()).contains("\"virtual_machines\":12", "\"discs\":31");
        assertThat(control.delete("/_sim/faults").statusCode()).isEqualTo(200);
        assertThat(demo.get("/accounts").statusCode()).isEqualTo(200);

        assertThat(control.post("/_sim/faults", "{\"fail_share\":{\"share\":2}}").statusCode()).isEqualTo(400);
        assertThat(control.post("/_sim/faults", "{\"latency_ms\":-1}").statusCode()).isEqualTo(400);
        assertThat(control.get("/_sim/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void controlResetBringsTheSeededEstateBack() {
        assertThat(demo.delete(Paths.WWW1 + "/discs/uploads?purge=true").statusCode()).isEqualTo(204);
        SIM.simulator().faults().failNext(5, 503);
        assertThat(SIM.client().post("/_sim/reset", "").statusCode()).isEqualTo(204);
        assertThat(demo.get(Paths.WWW1 + "/discs/uploads").statusCode()).isEqualTo(200);
    }

    @Test
    void resetRestoresStartupSettings() {
        var options = SimulatorOptions.builder().latency(Duration.ofMillis(20)).powerdownDelay(Duration.ofMillis(5)).build();
        try (var sim = BigVSimulator.start(options)) {
            var control = new SimClient(sim.baseUri(), null);
            control.post("/_sim/faults", "{\"latency_ms\":0,\"powerdown_delay_ms\":900,\"session_lifetime_seconds\":1}");
            assertThat(sim.faults().latencyMs()).isZero();
            assertThat(control.post("/_sim/reset", "").statusCode()).isEqualTo(204);
            assertThat(sim.faults().latencyMs()).isEqualTo(20);
            assertThat(control.get("/_sim/faults").body()).contains("\"powerdown_delay_ms\":5",
                    "\"session_lifetime_seconds\":null");
        }
    }

    private static List<Boolean> pattern(Faults faults) {
        faults.failShare(0.5, 503);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            out.add(faults.next() instanceof Fault.Fail);
        }
        return out;
    }
}
