package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The assembled app comes up on the simulator's demo estate with the demo banner. */
class MainWindowSmokeTest extends FxRobot {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private AppHarness app;

    @BeforeEach
    void start() throws Exception {
        app = AppHarness.demo(SIM.baseUri());
        app.waitUntil(() -> app.vm().estate().loadedOnceProperty().get());
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void showsTheDemoAccountsAndTheBanner() {
        TreeView<?> tree = lookup("#serverTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().toString())
                .anySatisfy(s -> assertThat(s).contains("acme-web"))
                .anySatisfy(s -> assertThat(s).contains("northwind"));
        assertThat(lookup("#demoBanner").query().isVisible()).isTrue();
        assertThat(app.stage().getTitle()).isEqualTo("BigV Disc Manager — Demo");
        assertThat(lookup("#discTable").queryAs(TableView.class).getItems()).isEmpty();
    }
}
