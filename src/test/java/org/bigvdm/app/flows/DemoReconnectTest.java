package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bigvdm.app.AppHarness;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The demo's session timing out is handled quietly, and never turns into a sign-in loop. */
class DemoReconnectTest extends FxRobot {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private AppHarness app;

    @AfterEach
    void stop() throws Exception {
        SIM.simulator().sessions().setLifetimeOverride(null);
        app.close();
    }

    @Test
    void anExpiredDemoSessionIsRenewedWithoutAskingAndTheReadRepeated() throws Exception {
        app = AppHarness.demo(SIM.baseUri());
        app.waitUntil(() -> app.estate().loadedOnceProperty().get());
        String first = app.session().currentToken();
        SIM.simulator().sessions().clear();            // every demo session is gone

        app.onFx(() -> app.vm().refresh());
        app.waitUntil(() -> !first.equals(app.session().currentToken())
                && app.estate().errorProperty().get() == null);
        assertThat(app.estate().estate().serverCount()).isEqualTo(12);
        assertThat(lookup("#demoBanner").query().isVisible()).isTrue();
    }

    @Test
    void aDemoThatKeepsRefusingSaysSoInsteadOfRenewingForEver() throws Exception {
        SIM.simulator().sessions().setLifetimeOverride(Duration.ofMillis(1));
        app = AppHarness.demo(SIM.baseUri());
        app.waitUntil(() -> app.vm().notificationProperty().get() != null
                && app.vm().notificationProperty().get().text().contains("keeps refusing"));
        int sessions = SIM.simulator().sessions().count();
        app.onFx(() -> { });
        assertThat(SIM.simulator().sessions().count()).as("no more renewals").isEqualTo(sessions);
    }
}
