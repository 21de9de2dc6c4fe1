package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.testutil.RequestRecorder;
import org.bigvdm.testutil.Snapshots;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15, moving a disc through the real window against the simulator: by drag and drop, by
 * Move to… with the picker's search, refused before sending, and a lost answer settled by
 * reading. Works on "build" (off: root, cache) and staging's "db" (off: root, pgdata).
 */
class MoveFlowsTest extends DemoWindowTest {
    @BeforeEach
    void showBuild() throws Exception {
        selectBuild();
    }

    private List<String> simLabels(String group, String name) {
        return SIM.simulator().state().discsOf(demoVmId(group, name)).stream().map(Disc::label).toList();
    }

    private Node row(String label) {
        return lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof DiscRow d
                && d.label().equals(label)).query();
    }

    private Node serverCell(String title) {
        return lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() instanceof TreeNode t
                && t.kind() == TreeNode.Kind.SERVER && t.title().equals(title)).query();
    }

    /** The drop marks (pseudo-classes) on a server's tree cell, e.g. "move-allowed". */
    private String marks(String title) {
        return serverCell(title).getPseudoClassStates().toString();
    }

    /** The drag's tooltip as shown now, or "". */
    private static String hint() {
        return Window.getWindows().stream().filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElse("");
    }


    @Test
    void aDiscDraggedOntoAServerInTheTreeMovesThere() throws Exception {
        try (RequestRecorder requests = new RequestRecorder()) {
            drag(row("cache"), MouseButton.PRIMARY).moveTo(serverCell("mail")).moveTo(serverCell("db"));
            app.waitUntil(() -> marks("db").contains("move-allowed"));
            assertThat(marks("www1")).as("running: a drop offers a shutdown")
                    .contains("move-after-shutdown");
            assertThat(marks("build")).as("its own").contains("move-refused");
            app.onFx(() -> Snapshots.write(app.stage().getScene(), "move-drag"));
            release(MouseButton.PRIMARY);

            app.waitUntil(() -> simLabels("staging", "db").contains("cache")
                    && notificationText().equals("Moved disc cache from build to db."));
            assertThat(requests.sent("PUT")).hasSize(1);
        }
        assertThat(simLabels("default", "build")).containsExactly("root");
        app.waitUntil(() -> app.vm().table().rows().size() == 1);
        assertThat(marks("db")).doesNotContain("move-allowed");
    }

    @Test
    void escapeCancelsADrag() throws Exception {
        // every job started from here on, kept even when it ends at once: a drop submits the move
        // on the FX thread and its job is listed from there, before any request leaves
        List<String> started = new CopyOnWriteArrayList<>();
        app.onFx(() -> app.vm().operations().running().addListener((ListChangeListener<RunningOperations.Entry>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> started.add(e.title()));
            }
        }));
        try (RequestRecorder requests = new RequestRecorder()) {
            drag(row("cache"), MouseButton.PRIMARY).moveTo(serverCell("db"));
            app.waitUntil(() -> marks("db").contains("move-allowed"));
            type(KeyCode.ESCAPE);
            app.waitUntil(() -> !marks("db").contains("move-allowed"));
            release(MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(started).noneMatch(title -> title.startsWith("Moving disc"));
            assertThat(requests.sent("PUT")).isEmpty();
        }
        assertThat(simLabels("default", "build")).containsExactly("root", "cache");
    }

    @Test
    void moveToOpensAPickerWithSearch() throws Exception {
        clickOn(row("cache"));
        app.onFx(() -> app.window().table().getContextMenu().getItems().stream()
                .filter(i -> "moveToContextItem".equals(i.getId())).findFirst().orElseThrow().fire());
        app.waitUntil(() -> dialogShowing("Move disc"));
        clickOn("#moveSearch").write("stag");
        app.waitUntil(() -> lookup("#moveTargets").queryListView().getItems().size() == 2);
        clickOn(lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && c.getItem().toString().equals("db")).queryAs(Node.class));
        app.onFx(() -> Snapshots.write(lookup("#moveTargets").query().getScene(), "move-picker"));
        clickOn("#moveOk");

        app.waitUntil(() -> simLabels("staging", "db").contains("cache"));
    }

    @Test
    void aMoveRefusedByARuleSaysWhyAndSendsNothing() throws Exception {
        drag(row("root"), MouseButton.PRIMARY).moveTo(serverCell("mail")).moveTo(serverCell("db"));
        app.waitUntil(() -> marks("db").contains("move-refused"));
        app.waitUntil(() -> hint().equals("The disc root is build's boot disc (its first), which cannot be moved."));
        release(MouseButton.PRIMARY);
        app.waitUntil(() -> notificationText()
                .equals("The disc root is build's boot disc (its first), which cannot be moved."));
        assertThat(simLabels("default", "build")).containsExactly("root", "cache");
    }

    @Test
    void aLostAnswerToTheMoveIsSettledByReadingNeverBySendingAgain() throws Exception {
        clickOn(row("cache"));
        try (RequestRecorder requests = new RequestRecorder()) {
            SIM.simulator().faults().malformedNext(1);   // the move is made; its answer is broken
            drag(row("cache"), MouseButton.PRIMARY).moveTo(serverCell("db")).release(MouseButton.PRIMARY);
            app.waitUntil(() -> dialogShowing("No answer to the move"));
            assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                    .contains("the disc is on db, so it was moved.");
            assertThat(requests.sent("PUT")).hasSize(1);
            clickOn("#explainOk");
        }
        assertThat(simLabels("staging", "db")).contains("cache");
    }
}
