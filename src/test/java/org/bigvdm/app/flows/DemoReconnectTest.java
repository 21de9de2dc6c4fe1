package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bigvdm.app.AppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's session timing out is handled quietly, and never turns into a sign-in loop. */
class DemoReconnectTest extends DemoWindowTest {
    /** The second test shortens the sessions before the app starts. */
    @Override
    protected boolean startsDemoBeforeEach() {
        return false;
    }

    /** JUnit runs this before the base class closes the app: sessions last as usual while it closes. */
    @AfterEach
    void usualSessionLifetime() {
        SIM.simulator().sessions().setLifetimeOverride(null);
    }

    @Test
    void anExpiredDemoSessionIsRenewedWithoutAskingAndTheReadRepeated() throws Exception {
        startDemo();
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
        app.waitUntil(() -> notificationText().contains("keeps refusing"));
        int sessions = SIM.simulator().sessions().count();
        app.onFx(() -> { });
        assertThat(SIM.simulator().sessions().count()).as("no more renewals").isEqualTo(sessions);
    }
}
