package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.RequestRecorder;
import org.bigvdm.testutil.Snapshots;
import org.bigvdm.ui.power.PowerViewModel.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15, power: the real window against the simulator on a test clock, so a shutdown lasts
 * until the test moves the clock. Restart applies pending changes; a shutdown wait is cancelled;
 * a deleted server is undeleted from the tree.
 */
class PowerFlowsTest extends DemoWindowTest {
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.powerdownDelay(SHUTDOWN))
            .withTestClock().resetBeforeEachTest();

    @Override
    protected SimulatorExtension sim() {
        return SIM;
    }

    private void select(String group, String name) throws Exception {
        app.selectServer(demoVmId(group, name));
    }

    private VirtualMachine simVm(String group, String name) {
        return SIM.simulator().state().vm(demoVmId(group, name));
    }

    /** Shown: the node and every parent visible. */
    private boolean visible(String id) {
        Node n = lookup(id).tryQuery().orElse(null);
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }


    private String badgeOf(String title) {
        return window.item(title).getValue().badge();
    }

    @Test
    void restartAppliesAnAddedDiscAndClearsThePendingNote() throws Exception {
        select("production", "www1");
        fillAddDisc("logs", "10");
        clickOn("#ok");
        app.waitUntil(() -> visible("#pendingRestartNote"));
        assertThat(lookup("#pendingRestartNote").queryAs(Label.class).getText())
                .startsWith("Changes pending restart: disc logs added.");
        assertThat(badgeOf("www1")).endsWith("restart pending");
        app.onFx(() -> Snapshots.write(app.stage().getScene(), "pending-restart"));

        try (RequestRecorder requests = new RequestRecorder()) {
            clickOn("#restartNow");
            app.waitUntil(() -> dialogShowing("Restart"));
            clickOn("#confirmPower");
            app.waitUntil(() -> lookup("#stopWaiting").tryQuery().isPresent());
            app.onFx(() -> Snapshots.write(app.stage().getScene(), "restart-waiting"));
            assertThat(app.vm().notificationProperty().get() == null
                    || !app.vm().notificationProperty().get().text().startsWith("Restarted")).isTrue();
            SIM.advance(SHUTDOWN);
            app.waitUntil(() -> !visible("#pendingRestartNote") && simVm("production", "www1").powerOn());
            assertThat(requests.sent("PUT")).as("autoreboot off, then start").hasSize(2);
            assertThat(requests.sent("POST")).as("the powerdown signal").hasSize(1);
        }
        assertThat(badgeOf("www1")).doesNotContain("restart pending");
        assertThat(app.vm().notificationProperty().get().text()).startsWith("Restarted www1");
    }

    @Test
    void theStopQuestionCopiesItsCommandAndStaysOpen() throws Exception {
        select("production", "db1");
        clickOn("#stopButton");
        app.waitUntil(() -> dialogShowing("Stop"));
        javafx.scene.control.Button copy = lookup("#copyPowerCommand").queryButton();
        clickOn(copy);
        app.waitUntil(() -> "Copied".equals(copy.getText()));
        app.onFx(() -> Snapshots.write(copy.getScene(), "power-copy-command"));
        String[] copied = new String[1];
        app.onFx(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).startsWith("bytemark stop server db1.production.acme-web")
                .contains("$BYTEMARK_TOKEN");
        assertThat(dialogShowing("Stop")).as("copying neither sends nor closes").isTrue();
        clickOn("#cancelPower");
        app.waitUntil(() -> !dialogShowing("Stop"));
        assertThat(simVm("production", "db1").powerOn()).isTrue();
    }

    @Test
    void aShutdownWaitCanBeCancelledAndTheServerStaysAsItIs() throws Exception {
        select("production", "db1");
        clickOn("#shutDownButton");
        app.waitUntil(() -> dialogShowing("Shut down"));
        clickOn("#confirmPower");
        app.waitUntil(() -> lookup("#stopWaiting").tryQuery().isPresent());

        assertThat(app.power().whyNotProperty(Action.RESTART).get())
                .isEqualTo("db1 is shutting down already.");
        assertThat(app.power().whyNotProperty(Action.STOP).get())
                .as("a hard stop stays possible").isNull();
        clickOn("#stopWaiting");
        app.waitUntil(() -> lookup("#stopWaiting").tryQuery().isEmpty());
        assertThat(app.vm().notificationProperty().get().text())
                .isEqualTo("Stopped waiting for db1; it stays as it is.");
        assertThat(simVm("production", "db1").powerOn()).isTrue();
        assertThat(app.power().whyNotProperty(Action.SHUT_DOWN).get()).isNull();
    }

    @Test
    void aDeletedServerIsUndeletedFromTheTreeWhileDeletedServersShow() throws Exception {
        app.onFx(() -> app.vm().tree().showDeletedProperty().set(true));
        window.clickServer("oldshop");
        // (a right-click opens no context menu under the headless Monocle robot: open it as the tree would)
        Node cell = lookup("oldshop").query();
        app.onFx(() -> app.window().tree().getContextMenu().show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        clickOn("Undelete");

        app.waitUntil(() -> !simVm("staging", "oldshop").deleted()
                && notificationText().startsWith("Undeleted oldshop"));
        assertThat(simVm("staging", "oldshop").powerOn()).isFalse();
    }

    @Test
    void afterAGrowTheNoteShowsTheGuestCommandsToCopy() throws Exception {
        select("production", "www1");
        app.waitUntil(() -> app.vm().table().rows().size() == 2);
        app.onFx(() -> app.vm().table().selectedRowProperty().set(app.vm().table().rows().stream()
                .filter(r -> r.label().equals("uploads")).findFirst().orElseThrow()));
        clickOn("#resizeButton");
        app.waitUntil(() -> dialogShowing("Resize disc"));
        clickOn("#size").write("+10");
        clickOn("#ok");

        app.waitUntil(() -> visible("#guestCommands"));
        assertThat(lookup("#pendingRestartNote").queryAs(Label.class).getText()).contains("uploads grown to 110 GiB");
        assertThat(lookup("#guestCommands").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("sudo growpart /dev/vdb 1", "sudo resize2fs /dev/vdb1");
        app.onFx(() -> Snapshots.write(app.stage().getScene(), "grow-commands"));
        clickOn("#copyGuestCommands");
        app.waitUntil(() -> app.vm().notificationProperty().get().text()
                .equals("Copied the commands for inside www1"));
    }
}
