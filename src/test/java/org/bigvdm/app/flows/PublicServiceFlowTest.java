package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.Endpoints;
import org.bigvdm.app.AppHarness;
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
        app.waitUntil(() -> app.vm().estate().loadedOnceProperty().get() && !app.vm().estate().loadingProperty().get());

        assertThat(app.vm().demoModeProperty().get()).isFalse();
        assertThat(app.vm().errorTextProperty().get()).as("no error shown").isEmpty();
        assertThat(titles(tree().getRoot().getChildren())).containsExactly("myaccountname");
        assertThat(servers()).containsExactly("myhostname", "example"); // off, and running on "head99"

        clickServer("myhostname");
        app.waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems()).extracting(DiscRow::label).containsExactly("vda");
        assertThat(cellTexts("sizeColumn")).containsExactly("25 GiB");
        assertThat(requestedPaths()).contains("/accounts").allSatisfy(p -> assertThat(p).doesNotContain("purge"));
    }

    private List<String> requestedPaths() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        for (int i = service.getRequestCount(); i > 0; i--) {
            RecordedRequest r = service.takeRequest();
            paths.add(r.getUrl().encodedPath());
        }
        return paths;
    }

    private TreeView<TreeNode> tree() {
        return lookup("#serverTree").queryAs(TreeView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<DiscRow> table() {
        return lookup("#discTable").queryAs(TableView.class);
    }

    private static List<String> titles(List<TreeItem<TreeNode>> items) {
        return items.stream().map(i -> i.getValue().title()).toList();
    }

    private List<String> servers() {
        List<String> out = new ArrayList<>();
        collect(tree().getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<TreeNode> item, List<String> out) {
        for (TreeItem<TreeNode> child : item.getChildren()) {
            if (child.getValue().kind() == TreeNode.Kind.SERVER) {
                out.add(child.getValue().title());
            }
            collect(child, out);
        }
    }

    private void clickServer(String title) throws Exception {
        TreeItem<TreeNode> target = find(tree().getRoot(), title);
        app.onFx(() -> {
            for (TreeItem<TreeNode> up = target.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree().scrollTo(tree().getRow(target));
        });
        Node cell = lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c && c.getItem() instanceof TreeNode t
                && t.title().equals(title) && c.isVisible()).query();
        clickOn(cell);
        app.waitUntil(() -> tree().getSelectionModel().getSelectedItem() == target);
    }

    private static TreeItem<TreeNode> find(TreeItem<TreeNode> item, String title) {
        for (TreeItem<TreeNode> child : item.getChildren()) {
            if (child.getValue().title().equals(title)) {
                return child;
            }
            TreeItem<TreeNode> deeper = find(child, title);
            if (deeper != null) {
                return deeper;
            }
        }
        return null;
    }

    private List<String> cellTexts(String columnId) {
        TableColumn<DiscRow, ?> col = table().getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                        && c.getTableColumn() == col && c.getText() != null && !c.isEmpty())
                .queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .map(TableCell::getText).filter(Objects::nonNull).toList();
    }
}
