package org.bigvdm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.FakeAuthApi;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.MemoryTokenStore;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One click-through of the real dialog, headless; the rules are covered in SignInViewModelTest. */
@ExtendWith(ApplicationExtension.class)
class SignInDialogUiTest {
    private final FakeAuthApi auth = new FakeAuthApi();
    private final MemoryTokenStore tokens = new MemoryTokenStore();
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(Platform::runLater);
    private SignInViewModel vm;
    private Dialog<SignInResult> dialog;

    @Start
    void start(Stage stage) {
        vm = new SignInViewModel(new TestSessions(auth, keys -> new FakeEstateApi())
                .service(tokens, Settings.defaults(), TestSessions.NO_TOOL, new AccessRights(), tasks));
        stage.setScene(new Scene(new Label("main window"), 300, 200));
        stage.show();
        dialog = SignInDialog.create(vm);
        dialog.initOwner(stage);
        dialog.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void typeCredentialsClickSignInAndGetTheResult(FxRobot robot) throws Exception {
        auth.answer(() -> {
            throw new AuthException(403, AuthException.Reason.BAD_CREDENTIALS, "Bad login credentials");
        }).token("tok-ui");

        // focus starts in the first empty field; the click gives the dialog window the keyboard
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#username").queryTextInputControl().isFocused());
        robot.clickOn("#username").write("alice");
        robot.clickOn("#password").write("wrong");
        robot.clickOn("Sign in");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#passwordError").queryLabeled().isVisible());
        assertThat(robot.lookup("#passwordError").queryLabeled().getText()).isEqualTo("Wrong username or password");
        assertThat(robot.lookup("#password").queryTextInputControl().getText()).isEmpty();

        robot.clickOn("#password").write("right").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialog.getResult() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.getResult()).isEqualTo(new SignInResult(Endpoints.BYTEMARK_CLOUD, "alice", "tok-ui", false));
        assertThat(dialog.isShowing()).isFalse();
        assertThat(auth.sent).extracting(FakeAuthApi.Sent::password).containsExactly("wrong", "right");
    }
}
