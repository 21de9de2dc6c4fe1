package org.bigvdm.app.flows;

import org.bigvdm.app.AppHarness;
import org.bigvdm.app.MainWindowLookups;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The real main window on the simulator's demo estate, loaded, for issue 13's flows. */
abstract class DemoWindowTest extends FxRobot {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    AppHarness app;
    MainWindowLookups window;

    @BeforeEach
    void startDemo() throws Exception {
        app = AppHarness.demo(SIM.baseUri());
        app.waitUntil(() -> app.estate().loadedOnceProperty().get());
        window = new MainWindowLookups(this, app);
    }

    @AfterEach
    void stopDemo() throws Exception {
        app.close();
    }

    /** The demo account's server {@code name} in {@code group}, as the loaded estate has it. */
    ServerEntry demoServer(String group, String name) {
        long id = SIM.simulator().state().vmId(DemoEstate.ACCOUNT, group, name);
        return app.estate().estate().server(id).orElseThrow();
    }

    /** Clicks db1 in the tree and waits for its five discs. */
    void showDb1() throws Exception {
        window.clickServer("db1");
        app.waitUntil(() -> window.table().getItems().size() == 5);
    }
}
