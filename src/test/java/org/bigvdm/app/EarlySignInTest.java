package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.bigvdm.service.session.Identity;
import org.bigvdm.settings.AppDirs;
import org.bigvdm.settings.FileTokenStore;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.SettingsStore;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At start the demo backend is started beside the toolkit; when it is up by the time the window is
 * built, signing in to it and the first reads begin before the window's build, not after it.
 */
class EarlySignInTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();
    private static final HttpApiClients CLIENTS = new HttpApiClients("test", false);

    private AppAssembly assembly;

    @AfterEach
    void close() throws Exception {
        if (assembly != null) {
            FxToolkit.setupFixture(assembly::close);
        }
    }

    @Test
    void aDemoAlreadyUpIsSignedInAndReadBeforeTheWindowIsBuilt() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppDirs dirs = AppDirs.under(Files.createTempDirectory("bigvdm-early"));
        StartupState startup = new StartupState(dirs, new SettingsStore(dirs.config(), Clock.systemUTC()),
                Settings.defaults(), Optional.empty(), FileTokenStore.in(dirs), null, StartupState.NO_TOOL, CLIENTS);
        DemoBackend demo = DemoBackend.attach(SIM.baseUri(), CLIENTS);
        Identity[] signedIn = new Identity[1];
        boolean[] reading = new boolean[1];
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            assembly = new AppAssembly(stage, startup, CompletableFuture.completedFuture(demo));
            // still in the FX thread's turn that built the window: nothing was queued behind it
            signedIn[0] = assembly.session.identity();
            reading[0] = assembly.estate.loadingProperty().get() || assembly.estate.loadedOnceProperty().get();
            assembly.start(startup);
            // the size AppHarness gives its windows: the shared test stage at the window's preferred
            // size overflowed Monocle's painter (BufferOverflowException) in the next test class
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.show();
        });

        assertThat(signedIn[0]).as("signed in to the demo while the window was built").isNotNull();
        assertThat(signedIn[0].demo()).isTrue();
        assertThat(reading[0]).as("the first read under way").isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> assembly.estate.loadedOnceProperty().get());
        assertThat(assembly.estate.estate().serverCount()).isPositive();
        assertThat(assembly.window.tree().getRoot()).isNotNull();
    }
}
