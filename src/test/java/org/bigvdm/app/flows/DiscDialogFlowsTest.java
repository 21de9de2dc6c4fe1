package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.api.model.Disc;
import org.bigvdm.app.WindowShots;
import org.bigvdm.testutil.RequestRecorder;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 end to end: the real main window and dialogs against the simulator, then the
 * simulator's own state is checked. The rules themselves are covered by the ViewModel tests.
 * Works on "build" (acme-web/default, powered off, discs root and cache).
 */
class DiscDialogFlowsTest extends DemoWindowTest {
    private long buildId;

    @BeforeEach
    void showBuild() throws Exception {
        buildId = selectBuild().vm().id();
    }

    @Test
    void addDiscCreatesItInTheSimulatorAndSelectsTheServersAnswer() throws Exception {
        fillAddDisc("logs", "30");
        clickOn("#grade").clickOn("Premium SSD (ssd)");
        clickOn("#ok");

        app.waitUntil(() -> selectedLabel().equals("logs"));
        Disc created = simDisc("logs").orElseThrow();
        assertThat(created.size()).isEqualTo(30 * 1024);
        assertThat(created.storageGrade()).isEqualTo("ssd");
        DiscRow row = app.vm().table().selectedRowProperty().get();
        assertThat(row.id()).isEqualTo(created.id());
        assertThat(row.sizeMib()).isEqualTo(created.size());
        assertThat(dialogShowing("Add disc")).isFalse();
        assertThat(app.vm().notificationProperty().get().text()).contains("Created logs");
    }

    @Test
    void resizeByAnIncreaseGrowsTheDiscInTheSimulator() throws Exception {
        long before = simDisc("cache").orElseThrow().size();
        openOnCache("#resizeButton", "Resize disc");
        clickOn("#size").write("+10");
        assertThat(lookup("#summary").queryAs(Label.class).getText()).isEqualTo("From 100 GiB to 110 GiB");
        clickOn("#ok");

        app.waitUntil(() -> !dialogShowing("Resize disc") && selectedRow().sizeMib() == before + 10 * 1024);
        assertThat(simDisc("cache").orElseThrow().size()).isEqualTo(before + 10 * 1024);
    }

    @Test
    void afterALostAnswerWithNothingChangedOkReadsTryAgainAndSendsOnlyWhenPressed() throws Exception {
        try (RequestRecorder requests = new RequestRecorder()) {
            long before = simDisc("cache").orElseThrow().size();
            openOnCache("#resizeButton", "Resize disc");
            clickOn("#size").write("+10");
            Button ok = lookup("#ok").queryAs(Button.class);
            assertThat(ok.getText()).isEqualTo("Resize");
            SIM.simulator().faults().dropNext(1);   // the PUT is never handled and never answered
            clickOn(ok);

            app.waitUntil(() -> "Try again".equals(ok.getText()));
            assertThat(lookup("#general-error").queryAs(Label.class).getText()).contains("Nothing changed");
            assertThat(simDisc("cache").orElseThrow().size()).as("nothing sent by itself").isEqualTo(before);
            assertThat(dialogShowing("Resize disc")).isTrue();
            assertThat(requests.answered("PUT")).isEmpty();
            WindowShots.shoot(app, "lost-answer");

            clickOn(ok);
            app.waitUntil(() -> !dialogShowing("Resize disc") && selectedRow().sizeMib() == before + 10 * 1024);
            assertThat(simDisc("cache").orElseThrow().size()).isEqualTo(before + 10 * 1024);
            assertThat(requests.answered("PUT")).as("sent once, when Try again was pressed").hasSize(1);
        }
    }

    @Test
    void theDialogLeavesTheSelectedRowInSight() throws Exception {
        openOnCache("#resizeButton", "Resize disc");
        Window dialog = Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Resize disc".equals(s.getTitle())).findFirst().orElseThrow();
        Rectangle2D[] row = new Rectangle2D[1];
        app.onFx(() -> {
            Node cell = lookup("#discTable").lookup(".table-row-cell")
                    .match(n -> n instanceof TableRow<?> r && r.isSelected()).query();
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            row[0] = new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        });

        assertThat(new Rectangle2D(dialog.getX(), dialog.getY(), dialog.getWidth(), dialog.getHeight())
                .intersects(row[0])).as("dialog %s,%s %sx%s over row %s", dialog.getX(), dialog.getY(),
                dialog.getWidth(), dialog.getHeight(), row[0]).isFalse();
        clickOn("#cancel");
    }

    @Test
    void relabelRenamesTheDiscInTheSimulator() throws Exception {
        openOnCache("#relabelButton", "Relabel disc");
        assertThat(lookup("#ok").queryAs(Button.class).isDisabled()).as("unchanged label").isTrue();
        TextField label = lookup("#label").queryAs(TextField.class);
        clickOn(label);
        app.onFx(label::clear);
        write("buildcache");
        clickOn("#ok");

        app.waitUntil(() -> selectedLabel().equals("buildcache"));
        assertThat(simDisc("buildcache")).isPresent();
        assertThat(simDisc("cache")).isEmpty();
    }

    @Test
    void purgeNeedsTheExactLabelAndSendsOneDelete() throws Exception {
        try (RequestRecorder requests = new RequestRecorder()) {
            openOnCache("#purgeButton", "Purge disc");
            Button purge = lookup("#ok").queryAs(Button.class);
            clickOn("#confirmation").write("Cache");
            assertThat(purge.isDisabled()).as("wrong case").isTrue();
            clickOn(purge); // a click on the disabled button does nothing
            assertThat(simDisc("cache")).isPresent();
            eraseText(5);
            write("cache");
            assertThat(purge.isDisabled()).isFalse();
            clickOn(purge);

            app.waitUntil(() -> !dialogShowing("Purge disc")
                    && app.vm().table().rows().stream().noneMatch(r -> r.label().equals("cache")));
            assertThat(simDisc("cache")).isEmpty();
            assertThat(SIM.simulator().state().discsOf(buildId)).extracting(Disc::label).containsExactly("root");
            assertThat(requests.answered("DELETE")).hasSize(1);
        }
    }

    @Test
    void aLabelTakenBehindTheAppsBackIsRefusedBesideTheLabelField() throws Exception {
        // someone else adds "scratch" after the app read the list: only the server knows
        var answer = SIM.demoClient().post(demoVmPath("default", "build") + "/discs",
                "{\"label\":\"scratch\",\"size\":1024}");
        assertThat(answer.statusCode()).isBetween(200, 299);

        fillAddDisc("scratch", "5");
        clickOn("#ok");

        app.waitUntil(() -> !lookup("#label-error").queryAs(Label.class).getText().isEmpty());
        assertThat(lookup("#label-error").queryAs(Label.class).getText())
                .isEqualTo("Label is already in use on this server");
        assertThat(lookup("#label").queryAs(TextField.class).getText()).isEqualTo("scratch");
        assertThat(lookup("#ok").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(dialogShowing("Add disc")).isTrue();
        assertThat(SIM.simulator().state().discsOf(buildId)).extracting(Disc::label)
                .containsExactlyInAnyOrder("root", "cache", "scratch");
        clickOn("#cancel");
        app.waitUntil(() -> !dialogShowing("Add disc"));
    }

    @Test
    void afterAFieldErrorTheCursorIsStillInTheForm() throws Exception {
        SIM.demoClient().post(demoVmPath("default", "build") + "/discs",
                "{\"label\":\"scratch\",\"size\":1024}");
        fillAddDisc("scratch", "5");
        type(KeyCode.ENTER);
        app.waitUntil(() -> !lookup("#label-error").queryAs(Label.class).getText().isEmpty());
        app.waitUntil(() -> lookup("#size").queryAs(TextField.class).isFocused());

        write("0");   // goes on typing where they were: nothing lost, nothing sent
        assertThat(lookup("#size").queryAs(TextField.class).getText()).isEqualTo("50");
        clickOn("#cancel");
    }

    // --- helpers ---

    /** Selects the disc cache and opens the dialog behind {@code button}. */
    private void openOnCache(String button, String dialogTitle) throws Exception {
        selectRow("cache");
        clickOn(button);
        app.waitUntil(() -> dialogShowing(dialogTitle));
    }

    private void selectRow(String label) throws Exception {
        DiscRow row = app.vm().table().rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
        clickOn(lookup("#discTable").lookup(label).queryLabeled());
        app.waitUntil(() -> row.equals(app.vm().table().selectedRowProperty().get()));
    }

    private DiscRow selectedRow() {
        return app.vm().table().selectedRowProperty().get();
    }

    private String selectedLabel() {
        DiscRow row = selectedRow();
        return row == null ? "" : row.label();
    }

    private Optional<Disc> simDisc(String label) {
        return SIM.simulator().state().discsOf(buildId).stream().filter(d -> label.equals(d.label())).findFirst();
    }

}
