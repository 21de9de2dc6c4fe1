package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeItem;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.Endpoints;
import org.bigvdm.app.AppHarness;
import org.bigvdm.app.MainWindowLookups;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.PublicBrain;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 10 end to end: the real app, started with a saved session, against a service that
 * answers only as public examples show the real one: the docs' overview (its server is off,
 * {@code "head": null}) with the official client's running server ({@code "head": "head99"}, a
 * host name: the app once read it as a boolean and showed nothing). The tree and the first
 * server's discs must appear, with no error.
 */
class PublicServiceFlowTest extends FxRobot {
    @StartStop
    final MockWebServer service = new MockWebServer();

    private AppHarness app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aSavedSessionOpensOnTheDocumentedEstateAndShowsTheFirstServersDiscs() throws Exception {
        service.setDispatcher(new PublicBrain());
        URI base = URI.create(service.url("/").toString());
        Settings settings = Settings.defaults();
        settings.setCustomEndpoint(true);
        settings.setBrainUrl(base.toString());
        settings.setUsername(PublicBrain.USER);

        app = AppHarness.accountWithSavedToken(settings, Endpoints.single(base), PublicBrain.TOKEN);
        app.waitUntil(() -> app.estate().loadedOnceProperty().get() && !app.estate().loadingProperty().get());

        assertThat(app.vm().demoModeProperty().get()).isFalse();
        assertThat(app.vm().errorTextProperty().get()).as("no error shown").isEmpty();
        MainWindowLookups window = new MainWindowLookups(this, app);
        assertThat(MainWindowLookups.titles(window.tree().getRoot().getChildren())).containsExactly("myaccountname");
        assertThat(window.serverTitles()).containsExactly("myhostname", "example"); // off, and running on "head99"

        TreeItem<TreeNode> first = window.item("myhostname");
        app.onFx(() -> {
            for (TreeItem<TreeNode> up = first.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
        });
        window.clickServer("myhostname");
        app.waitUntil(() -> window.table().getItems().size() == 1);
        assertThat(window.table().getItems()).extracting(DiscRow::label).containsExactly("vda");
        assertThat(window.cellTexts("sizeColumn")).containsExactly("25 GiB");
        assertThat(requests()).contains("GET /accounts").allSatisfy(r -> assertThat(r).as("reads only").startsWith("GET "));
    }

    /** Method and path of every request the app sent. */
    private List<String> requests() throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (int i = service.getRequestCount(); i > 0; i--) {
            RecordedRequest r = service.takeRequest();
            out.add(r.getMethod() + " " + r.getUrl().encodedPath());
        }
        return out;
    }
}
