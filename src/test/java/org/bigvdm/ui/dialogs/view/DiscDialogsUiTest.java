package org.bigvdm.ui.dialogs.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.ui.dialogs.CreateDiscViewModel;
import org.bigvdm.ui.dialogs.ManualTaskRunner;
import org.bigvdm.ui.dialogs.PurgeDiscViewModel;
import org.bigvdm.ui.dialogs.RecordingDiscApi;
import org.bigvdm.ui.dialogs.RelabelDiscViewModel;
import org.bigvdm.ui.dialogs.ResizeDiscViewModel;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.dialogs.Servers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks through each dialog once, headless, against the recording fake. */
@ExtendWith(ApplicationExtension.class)
class DiscDialogsUiTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final TaskRunner runner = ImmediateTaskRunner.create();
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    /**
     * Shows the dialog as the app would, but without blocking. Headless Monocle sends keys
     * to a window only after a click, so the tests click a field before typing.
     */
    private Dialog<Disc> open(FxRobot robot, Supplier<Dialog<Disc>> build) {
        @SuppressWarnings("unchecked")
        Dialog<Disc>[] dialog = new Dialog[1];
        robot.interact(() -> {
            dialog[0] = build.get();
            dialog[0].initOwner(owner);
            dialog[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dialog[0];
    }

    private static <T extends Node> T node(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(id).queryAs(type);
    }

    @Test
    void createSendsTheTypedSpecAndClosesWithTheServersDisc(FxRobot robot) {
        var dialog = open(robot, () -> CreateDiscDialog.create(new CreateDiscViewModel(Servers.changes(api, runner), server)));
        assertThat(node(robot, "#label", TextField.class).isFocused()).isTrue();

        robot.clickOn("#label").write("backups");
        robot.clickOn("#size").write("10");
        robot.clickOn("#grade").clickOn("Premium SSD (ssd)");
        robot.clickOn("#ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(api.requests()).containsExactly(
                new RecordingDiscApi.Request("create", Servers.REF, null, new DiscSpec("backups", 10240, "ssd")));
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().id()).isEqualTo(900);
    }

    @Test
    void aServer400IsShownBesideItsFieldAndTheDialogStaysOpen(FxRobot robot) {
        api.failNextWith(new BadRequestException(Map.of("label", List.of("is already in use on this server")), "400"));
        var dialog = open(robot, () -> CreateDiscDialog.create(new CreateDiscViewModel(Servers.changes(api, runner), server)));

        robot.clickOn("#label").write("backups");
        robot.clickOn("#size").write("10");
        robot.clickOn("#ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(node(robot, "#label-error", Label.class).getText()).isEqualTo("Label is already in use on this server");
        assertThat(node(robot, "#ok", Button.class).isDisabled()).isTrue();
        assertThat(node(robot, "#label", TextField.class).getText()).isEqualTo("backups");
        assertThat(dialog.isShowing()).isTrue();
        robot.interact(dialog::close);
    }

    @Test
    void whileTheRequestRunsProgressShowsAndNothingMoreIsSent(FxRobot robot) {
        ManualTaskRunner held = new ManualTaskRunner();
        var dialog = open(robot, () ->
                ResizeDiscDialog.create(new ResizeDiscViewModel(Servers.changes(api, held), server, Servers.ROOT)));

        robot.clickOn("#size").write("50").type(KeyCode.ENTER).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(held.pendingCount()).isEqualTo(1);
        assertThat(node(robot, "#progress", ProgressIndicator.class).isVisible()).isTrue();
        assertThat(node(robot, "#ok", Button.class).isDisabled()).isTrue();
        assertThat(node(robot, "#cancel", Button.class).isDisabled()).isTrue();
        Label why = node(robot, "#cancel-disabled-reason", Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("Waiting for the service's answer: a request on its way cannot be called back.");

        robot.interact(held::runNext);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(api.requests()).hasSize(1);
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void escapeCancelsWithoutSending(FxRobot robot) {
        var dialog = open(robot, () -> CreateDiscDialog.create(new CreateDiscViewModel(Servers.changes(api, runner), server)));

        robot.clickOn("#label").write("backups").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void resizeByAnIncreaseSendsTheNewTotal(FxRobot robot) {
        var dialog = open(robot, () ->
                ResizeDiscDialog.create(new ResizeDiscViewModel(Servers.changes(api, runner), server, Servers.ROOT)));

        robot.clickOn("#size").write("+25");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "#summary", Label.class).getText()).isEqualTo("From 25 GiB to 50 GiB");
        robot.clickOn("#ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("resize", Servers.REF, "11", 51200L));
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().size()).isEqualTo(51200);
    }

    @Test
    void relabelSubmitsOnEnter(FxRobot robot) {
        var dialog = open(robot, () ->
                RelabelDiscDialog.create(new RelabelDiscViewModel(Servers.changes(api, runner), server, Servers.DATA)));
        assertThat(node(robot, "#ok", Button.class).isDisabled()).isTrue();

        robot.clickOn("#label");
        robot.interact(() -> node(robot, "#label", TextField.class).clear());
        robot.write("scratch").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("relabel", Servers.REF, "12", "scratch"));
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult().label()).isEqualTo("scratch");
    }

    @Test
    void purgeNeedsTheExactLabelAndIsSentOnce(FxRobot robot) {
        var dialog = open(robot, () ->
                PurgeDiscDialog.create(new PurgeDiscViewModel(Servers.changes(api, runner), server, Servers.DATA)));
        Button purge = node(robot, "#ok", Button.class);

        robot.clickOn("#confirmation").write("Data");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purge.isDisabled()).isTrue();

        robot.interact(() -> node(robot, "#confirmation", TextField.class).clear());
        robot.write("data");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(purge.isDisabled()).isFalse();
        robot.clickOn(purge);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("purge", Servers.REF, "12", null));
        assertThat(dialog.isShowing()).isFalse();
    }
    @Test
    void theDialogKeepsItsHeightWhileAHintComesAndGoes(FxRobot robot) {
        var dialog = open(robot, () -> CreateDiscDialog.create(new CreateDiscViewModel(Servers.changes(api, runner), server)));
        robot.clickOn("#label").write("backups");
        robot.clickOn("#size").write("10");
        WaitForAsyncUtils.waitForFxEvents();
        double valid = dialog.getDialogPane().getScene().getWindow().getHeight();

        robot.write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "#size-error", Label.class).getText()).isNotEmpty();
        double invalid = dialog.getDialogPane().getScene().getWindow().getHeight();

        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(node(robot, "#size-error", Label.class).getText()).isEmpty();
        double validAgain = dialog.getDialogPane().getScene().getWindow().getHeight();

        assertThat(invalid).isEqualTo(valid);
        assertThat(validAgain).isEqualTo(valid);
        robot.interact(dialog::close);
    }
}
