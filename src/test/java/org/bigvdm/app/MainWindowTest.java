package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.bigvdm.app.flows.DemoWindowTest;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.Test;

/**
 * The real main window against the simulator's demo estate, driven as a user would: clicks,
 * typing and keys. The logic behind it is covered by ViewModel tests; these check the wiring.
 */
class MainWindowTest extends DemoWindowTest {
    private static final String WWW1 = demoVmPath("production", "www1");

    @Test
    void clickingAServerShowsItsDiscs() throws Exception {
        assertThat(titles(tree().getRoot().getChildren())).containsExactly("acme-web", "northwind");
        assertThat(lookup("#demoBanner").query().isVisible()).isTrue();
        assertThat(app.stage().getTitle()).isEqualTo("BigV Disc Manager — Demo");
        assertThat(visibleServerTitles()).contains("www1", "db1", "mail", "files", "vpn").doesNotContain("oldshop");

        showDb1();

        assertThat(table().getItems()).extracting(DiscRow::label)
                .containsExactly("root", "pgdata", "wal", "backups", "reports");
        assertThat(cellTexts("sizeColumn")).startsWith("25 GiB", "200 GiB", "50 GiB", "500 GiB", "80 GiB");
        assertThat(lookup("#tableHeading").queryAs(Label.class).getText()).startsWith("db1 · 5 discs");
        assertThat(column("serverColumn").isVisible()).isFalse();
        assertThat(lookup("#addDiscButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void typingInTheFilterNarrowsTheTreeAndClearingBringsItBack() throws Exception {
        int all = visibleServerTitles().size();

        clickServer("mail");
        push(KeyCode.SHORTCUT, KeyCode.F);                 // Ctrl+F moves to the filter
        app.waitUntil(() -> lookup("#filterField").query().isFocused());
        write("www");
        app.waitUntil(() -> visibleServerTitles().equals(List.of("www1", "www2")));
        // rows left empty by the filter keep no expand arrow of the item they showed before
        assertThat(lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(TreeCell::isEmpty)
                .map(TreeCell::getDisclosureNode)
                .filter(n -> n != null && n.isVisible())).isEmpty();
        assertThat(titles(tree().getRoot().getChildren())).containsExactly("acme-web");

        clickOn("#clearFilter");
        app.waitUntil(() -> visibleServerTitles().size() == all);
        assertThat(lookup("#filterField").queryTextInputControl().getText()).isEmpty();

        // hostnames match too, and a filter with no match says so
        clickOn("#filterField").write("nothing-like-this");
        app.waitUntil(() -> visibleServerTitles().isEmpty());
        assertThat(lookup("No servers match the filter.").query().isVisible()).isTrue();
        type(KeyCode.ESCAPE);
        app.waitUntil(() -> visibleServerTitles().size() == all);
    }

    @Test
    void refreshShowsChangesMadeElsewhereAndKeepsTheUsersPlace() throws Exception {
        clickServer("www1");
        app.waitUntil(() -> table().getItems().size() == 2);
        clickOn(cellWithText("uploads"));
        collapse("staging");
        String selectedKey = app.vm().tree().selectedKeyProperty().get();

        var behindTheBack = SIM.demoClient();
        assertThat(behindTheBack.post(WWW1 + "/discs", "{\"label\":\"backups\",\"size\":10240}").statusCode())
                .isEqualTo(201);
        assertThat(behindTheBack.put(WWW1 + "/discs/uploads", "{\"size\":204800}").statusCode()).isEqualTo(200);

        type(KeyCode.F5);
        app.waitUntil(() -> table().getItems().size() == 3);

        assertThat(table().getItems()).extracting(DiscRow::label).contains("vda", "uploads", "backups");
        assertThat(cellTexts("sizeColumn")).contains("200 GiB", "10 GiB");
        assertThat(app.vm().tree().selectedKeyProperty().get()).isEqualTo(selectedKey);
        assertThat(tree().getSelectionModel().getSelectedItem().getValue().title()).isEqualTo("www1");
        assertThat(table().getSelectionModel().getSelectedItem().label()).isEqualTo("uploads");
        // the tree cell itself shows the new badge (cells follow their item's value)
        app.waitUntil(() -> lookup(".node-badge").match(n -> n instanceof Label l
                && "3/8 discs, 235 GiB".equals(l.getText()) && l.isVisible()).tryQuery().isPresent());
        assertThat(item("staging").isExpanded()).isFalse();
        assertThat(item("production").isExpanded()).isTrue();
        assertThat(lookup("#statusUpdated").queryAs(Label.class).getText()).startsWith("Updated ");
    }

    @Test
    void aSlowRefreshShowsProgressAndCanBeCancelled() throws Exception {
        showDb1();

        SIM.simulator().faults().latency(Duration.ofSeconds(3));
        clickOn("#refreshButton");
        app.waitUntil(() -> lookup("#cancelRefresh").query().isVisible());
        assertThat(lookup("#statusRunning").queryAs(Label.class).getText()).startsWith("Loading servers");

        clickOn("#cancelRefresh");
        app.waitUntil(() -> !lookup("#cancelRefresh").query().isVisible());
        assertThat(lookup("#statusRunning").queryAs(Label.class).getText()).isEmpty();
        assertThat(table().getItems()).as("what was shown stays").hasSize(5);
        SIM.simulator().faults().latency(Duration.ZERO);
    }

    @Test
    void aServerErrorShowsInABannerAndRetryClearsIt() throws Exception {
        showDb1();

        SIM.simulator().faults().failNext(1, 500);
        clickOn("#refreshButton");
        app.waitUntil(() -> lookup("#errorBanner").query().isVisible());

        assertThat(lookup("#errorBannerText").queryAs(Label.class).getText())
                .contains("The server failed").contains("Injected fault: 500");
        assertThat(visibleServerTitles()).contains("www1", "db1", "files");
        assertThat(table().getItems()).hasSize(5);
        assertThat(app.stage().isShowing()).isTrue();

        clickOn("Retry");
        app.waitUntil(() -> !lookup("#errorBanner").query().isVisible());
        assertThat(table().getItems()).hasSize(5);
    }

    @Test
    void actionsThatCannotApplyAreDisabledWithTheReason() throws Exception {
        assertThat(lookup("#addDiscButton").queryButton().isDisabled()).isTrue();
        assertThat(tooltipOf("#addDiscButton")).isEqualTo("Select a server first");

        clickServer("files");
        app.waitUntil(() -> table().getItems().size() == 8);
        assertThat(lookup("#addDiscButton").queryButton().isDisabled()).isTrue();
        assertThat(tooltipOf("#addDiscButton")).contains("already has 8 discs");
        assertThat(lookup("#resizeButton").queryButton().isDisabled()).isTrue();
        assertThat(tooltipOf("#resizeButton")).isEqualTo("Select a disc first");

        clickOn("View").clickOn("Show deleted servers");
        app.waitUntil(() -> visibleServerTitles().contains("oldshop"));
        clickServer("oldshop");
        app.waitUntil(() -> table().getItems().size() == 1);
        assertThat(lookup("#addDiscButton").queryButton().isDisabled()).isTrue();
        assertThat(tooltipOf("#addDiscButton")).contains("oldshop is deleted");
        clickOn(cellWithText("vda"));
        assertThat(lookup("#purgeButton").queryButton().isDisabled()).isTrue();
        assertThat(tooltipOf("#purgeButton")).contains("oldshop is deleted");
    }

    @Test
    void aGroupListsEveryDiscUnderItWithAServerColumn() throws Exception {
        clickServer("production");
        app.waitUntil(() -> table().getItems().size() == 9);
        assertThat(column("serverColumn").isVisible()).isTrue();
        assertThat(table().getItems()).extracting(DiscRow::serverName).containsOnly("www1", "www2", "db1");
        assertThat(lookup("#tableHeading").queryAs(Label.class).getText()).startsWith("3 servers · 9 discs");

        clickServer("vpn");
        app.waitUntil(() -> table().getItems().size() == 1);
        assertThat(column("serverColumn").isVisible()).isFalse();
    }

    @Test
    void everyPartKeepsItsIdAndTheContextMenusMirrorTheMenuBar() {
        for (String id : List.of("mainWindow", "serverTree", "discTable", "filterField", "clearFilter", "treeLoading",
                "demoBanner", "demoSignInButton", "errorBanner", "errorBannerText", "statusWho", "statusUpdated",
                "statusRunning", "cancelRefresh", "statusNotification", "autoRefreshToggle", "addDiscButton",
                "resizeButton", "relabelButton", "purgeButton", "refreshButton", "copyIdButton", "tableHeading")) {
            assertThat(lookup("#" + id).tryQuery()).as("#" + id).isPresent();
        }
        var window = app.window();  // the MainWindow itself, not the lookups
        var bar = window.getTop().lookup(".menu-bar");
        assertThat(((MenuBar) bar).getMenus()).extracting(Menu::getText)
                .containsExactly("_File", "_Disc", "_Server", "_View", "_Help");
        var menus = ((MenuBar) bar).getMenus();
        assertThat(menuTexts(menus.get(0).getItems())).contains("Sign _in…", "_Quit Shortcut+Q");
        assertThat(menus.get(0).getItems().get(0).getId()).isEqualTo("signInMenuItem");
        var disc = ((MenuBar) bar).getMenus().get(1);
        assertThat(menuTexts(disc.getItems())).containsExactly("_Add disc… Shortcut+N", "_Resize…", "Re_label… F2",
                "_Purge… Delete", "_Move to…", "", "_Copy ID Shift+Shortcut+C", "Select _all shown",
                "_Grow selected discs…", "_Back up selected discs now…",
                "Add a backup _schedule to selected discs…", "_Start their servers…",
                "Shut _down their servers…", "Stop their ser_vers…", "Copy selected _rows Shortcut+C");
        assertThat(menuTexts(menus.get(2).getItems())).containsExactly("_Start", "Shut _down…",
                "_Restart… Shift+Shortcut+R", "S_top…", "", "Reset (does not apply disc changes)…", "", "_Undelete");
        assertThat(menuTexts(menus.get(3).getItems())).startsWith("_Refresh F5", "Refresh (Ctrl+R) Shortcut+R",
                "_Filter servers Shortcut+F", "", "Show _deleted servers", "_Auto-refresh every 30 s");
        assertThat(menuTexts(window.table().getContextMenu().getItems())).containsExactly("Add disc…", "Resize…",
                "Relabel…", "Purge…", "Move to…", "", "Copy ID", "Refresh", "Select all shown", "Grow selected discs…",
                "Back up selected discs now…", "Add a backup schedule to selected discs…", "Start their servers…",
                "Shut down their servers…", "Stop their servers…",
                "Copy selected rows", "Export discs shown…",
                "Export every disc…");
        assertThat(menuTexts(window.tree().getContextMenu().getItems()))
                .containsExactly("Add disc…", "Copy ID", "Refresh", "", "Start", "Shut down…", "Restart…", "Stop…",
                        "Reset (does not apply disc changes)…", "Undelete");
        assertThat(window.table().getContextMenu().getItems().get(0).isDisable()).as("nothing selected").isTrue();
    }

    /** Text and, after a space, the accelerator as JavaFX names it; a separator is "". */
    private static List<String> menuTexts(List<MenuItem> items) {
        return items.stream().map(i -> i.getText() == null ? ""
                : i.getAccelerator() == null ? i.getText() : i.getText() + " " + i.getAccelerator().getName()).toList();
    }

    // ---- helpers -------------------------------------------------------------------------

    private TreeView<TreeNode> tree() {
        return window.tree();
    }

    private TableView<DiscRow> table() {
        return window.table();
    }

    private TableColumn<DiscRow, ?> column(String id) {
        return window.column(id);
    }

    private static List<String> titles(List<TreeItem<TreeNode>> items) {
        return MainWindowLookups.titles(items);
    }

    private List<String> visibleServerTitles() {
        return window.serverTitles();
    }

    private TreeItem<TreeNode> item(String title) {
        return window.item(title);
    }

    private void clickServer(String title) throws Exception {
        window.clickServer(title);
    }

    private void collapse(String title) throws Exception {
        TreeItem<TreeNode> target = item(title);
        app.onFx(() -> target.setExpanded(false));
    }

    private Node cellWithText(String text) {
        return lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
    }

    private List<String> cellTexts(String columnId) {
        return window.cellTexts(columnId);
    }

    /** The tooltip on the holder around a toolbar button: what it does, or why it is off. */
    private String tooltipOf(String buttonQuery) {
        Button button = lookup(buttonQuery).queryButton();
        Object tip = button.getParent().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip).as("tooltip around " + buttonQuery).isInstanceOf(Tooltip.class);
        return ((Tooltip) tip).getText();
    }
}
