package org.bigvdm.app;

import java.time.Clock;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.BrainAccess;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.Session;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.settings.Settings;
import org.bigvdm.ui.dialogs.view.FxDiscDialogs;
import org.bigvdm.ui.main.DialogDiscActions;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.signin.FxSignInDialogs;

/**
 * Builds the whole app (session, task runner, services, ViewModels, window, dialogs, sign-in)
 * into a Stage. The Application uses it; so do UI tests and benchmarks, which point it at a
 * simulator of their own, so they exercise exactly what users run.
 */
final class AppAssembly implements AutoCloseable {
    final Session session;
    final ExecutorTaskRunner runner;
    final AccessRights access;
    final EstateService estate;
    final MainViewModel vm;
    final MainWindow window;
    final AccountController accounts;
    final Scene scene;

    AppAssembly(Stage stage, StartupState startup) {
        Settings settings = startup.settings();
        Theme.fromSetting(settings.getTheme()).apply();
        runner = new ExecutorTaskRunner(Platform::runLater);
        session = new Session((endpoints, tokens) ->
                new HttpBrainClient(ClientConfig.defaults(endpoints, AppVersion.get()), tokens));
        AccountController[] signIns = new AccountController[1];
        BrainAccess brain = new BrainAccess() {
            @Override
            public BrainApi api() {
                return session.api();
            }

            @Override
            public void signInNeeded(Runnable after) {
                signIns[0].sessionExpired(after);
            }
        };
        access = new AccessRights();
        estate = new EstateService(brain, runner, Clock.systemDefaultZone());
        ChangeService changes = new ChangeService(brain, estate, access, runner, Clock.systemDefaultZone());
        vm = new MainViewModel(estate, access, changes, runner.operations(), new PeriodicTask(Platform::runLater),
                ZoneId.systemDefault());
        vm.tree().showDeletedProperty().set(settings.isShowDeleted());
        vm.autoRefreshProperty().set(settings.isAutoRefresh());
        vm.tree().selectedKeyProperty().set(settings.getSelectedNodePath());
        vm.setClipboard(text -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        window = new MainWindow(vm);
        vm.discActionsProperty().set(new DialogDiscActions(changes, vm, new FxDiscDialogs(stage)));
        accounts = new AccountController(session, vm, access, runner, startup.tokens(), settings, startup.demo(),
                startup.bytemark());
        signIns[0] = accounts;
        accounts.setDialogs(new FxSignInDialogs(stage));

        // here rather than in the Application, so UI tests sign out the way users do
        MenuItem signOut = new MenuItem("Sign _out");
        signOut.setId("signOutMenuItem");
        signOut.setOnAction(e -> accounts.signOut());
        window.fileMenu().getItems().add(1, signOut);
        window.fileMenu().setOnShowing(e -> signOut.setDisable(!accounts.signedInToRealAccount()));

        scene = new Scene(window);
        scene.getStylesheets().add(AppAssembly.class.getResource("/org/bigvdm/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
    }

    /**
     * After the stage is shown: tells the user about damaged settings, then signs in (demo,
     * saved session or the dialog). The app and the UI tests both start through here.
     */
    void start(StartupState startup) {
        startup.settingsWarning().ifPresent(vm::notify);
        accounts.startUp();
    }

    @Override
    public void close() {
        vm.autoRefreshProperty().set(false);
        accounts.close();
        runner.close();
    }
}
