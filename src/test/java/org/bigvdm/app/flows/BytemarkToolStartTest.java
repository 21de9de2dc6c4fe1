package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.app.AppHarness;
import org.bigvdm.service.session.Identity;
import org.bigvdm.settings.BytemarkConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, last part: a user of the official bytemark tool starts the app for the first time.
 * The tool's folder is a temporary one pointing at the test's simulator, never ~/.bytemark.
 */
class BytemarkToolStartTest extends DemoWindowTest {
    @TempDir
    Path home;

    /** Each test starts as the tool's user would, on what the tool saved. */
    @Override
    protected boolean startsDemoBeforeEach() {
        return false;
    }

    private BytemarkConfig toolWithToken(String token) throws Exception {
        Files.createDirectories(home.resolve(".bytemark"));
        Files.writeString(home.resolve(".bytemark/token"), token);
        String sim = SIM.baseUri().toString();
        return BytemarkConfig.read(Map.of("BM_ENDPOINT", sim, "BM_AUTH_ENDPOINT", sim, "BM_USER", "demo"), home);
    }

    @Test
    void aValidToolSessionOpensOnThatEstateWithABannerThatOffersTheDemo() throws Exception {
        app = AppHarness.firstStartWithTool(toolWithToken(SIM.demoToken()));

        app.waitUntil(() -> app.estate().loadedOnceProperty().get() && app.session().identity() != null);
        assertThat(app.session().identity().origin()).isEqualTo(Identity.Origin.BYTEMARK_TOOL);
        assertThat(app.session().identity().username()).isEqualTo("demo");
        assertThat(app.estate().estate().serverCount()).isEqualTo(12);
        assertThat(lookup("#bytemarkToolBanner").query().isVisible()).isTrue();
        assertThat(lookup("#demoBanner").query().isVisible()).isFalse();
        assertThat(app.stage().getTitle()).isEqualTo("BigV Disc Manager — 127.0.0.1:" + SIM.baseUri().getPort());
        // the tool's token stays the tool's
        assertThat(app.tokens().load(app.session().identity().endpoints(), "demo")).isEmpty();

        clickOn("#toolBannerDemoButton");

        app.waitUntil(() -> app.vm().demoModeProperty().get() && app.estate().loadedOnceProperty().get());
        assertThat(lookup("#bytemarkToolBanner").query().isVisible()).isFalse();
        assertThat(lookup("#demoBanner").query().isVisible()).isTrue();
    }

    @Test
    void anExpiredToolTokenStartsTheDemoAndTheSignInDialogOffersTheToolsUser() throws Exception {
        app = AppHarness.firstStartWithTool(toolWithToken("expired-tool-token"));

        app.waitUntil(() -> app.vm().demoModeProperty().get() && app.estate().loadedOnceProperty().get());
        assertThat(lookup("#bytemarkToolBanner").query().isVisible()).isFalse();

        clickOn("#demoSignInButton");
        app.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof Stage s
                && "Sign in – BigV Disc Manager".equals(s.getTitle())));
        assertThat(lookup("#username").queryTextInputControl().getText()).isEqualTo("demo");
        assertThat(lookup("#useBytemarkToken").query().isVisible()).isTrue();
    }
}
