package org.bigvdm.app.flows;

import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import org.bigvdm.app.AppHarness;
import org.bigvdm.app.MainWindowLookups;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * The real main window on the simulator's demo estate, loaded, for the flow tests. Public for
 * MainWindowTest, which lives in {@code org.bigvdm.app}.
 *
 * <p>Hooks for a class that needs another start: {@link #sim()} for other simulator options,
 * {@link #startsDemoBeforeEach()} for tests that change the simulator first or sign in another way.
 */
public abstract class DemoWindowTest extends FxRobot {
    @RegisterExtension
    protected static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    protected AppHarness app;
    protected MainWindowLookups window;

    /**
     * The simulator the app runs against. A class that needs other options (a test clock, delays)
     * registers its own extension, also named {@code SIM} so its tests see that one, and returns it
     * here. (JUnit starts this default one for it too: static extension fields are not hidden.)
     */
    protected SimulatorExtension sim() {
        return SIM;
    }

    /**
     * False where each test starts the app itself, after changing the simulator or through another
     * sign-in: it calls {@link #startDemo()} or sets {@link #app}, which is closed after it either way.
     */
    protected boolean startsDemoBeforeEach() {
        return true;
    }

    @BeforeEach
    void startDemoBeforeEach() throws Exception {
        if (startsDemoBeforeEach()) {
            startDemo();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    /** Starts the app on the demo and waits until it is ready to use (estate and storage grades read). */
    protected void startDemo() throws Exception {
        app = AppHarness.demo(sim().baseUri());
        window = new MainWindowLookups(this, app);
        app.waitUntilLoaded();
    }

    /** The simulator's id of the demo account's server {@code name} in {@code group}. */
    protected long demoVmId(String group, String name) {
        return sim().simulator().state().vmId(DemoEstate.ACCOUNT, group, name);
    }

    /** The demo account's server {@code name} in {@code group}, as the loaded estate has it. */
    protected ServerEntry demoServer(String group, String name) {
        return app.estate().estate().server(demoVmId(group, name)).orElseThrow();
    }

    /** The API path of the demo account's server, for changes made behind the app's back. */
    protected static String demoVmPath(String group, String name) {
        return "/accounts/" + DemoEstate.ACCOUNT + "/groups/" + group + "/virtual_machines/" + name;
    }

    /** Selects "build" (acme-web/default: off, discs root and cache) and waits for its two discs. */
    protected ServerEntry selectBuild() throws Exception {
        ServerEntry build = demoServer("default", "build");
        app.selectServer(build.vm().id());
        app.waitUntil(() -> app.vm().table().rows().size() == 2);
        return build;
    }

    /** The status bar's notification now, or "" while there is none. */
    protected String notificationText() {
        var notification = app.vm().notificationProperty().get();
        return notification == null ? "" : notification.text();
    }

    /** Opens Add disc from the toolbar and types a label and a size; sending or cancelling is the test's. */
    protected void fillAddDisc(String label, String size) throws Exception {
        clickOn("#addDiscButton");
        app.waitUntil(() -> dialogShowing("Add disc"));
        clickOn("#label").write(label);
        clickOn("#size").write(size);
    }

    /** Clicks db1 in the tree and waits for its five discs. */
    protected void showDb1() throws Exception {
        window.clickServer("db1");
        app.waitUntil(() -> window.table().getItems().size() == 5);
    }
}
