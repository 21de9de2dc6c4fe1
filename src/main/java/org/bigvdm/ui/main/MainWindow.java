package org.bigvdm.ui.main;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bigvdm.ui.discs.DiscTableView;
import org.bigvdm.ui.tree.ServerTreeView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The main window's layout: menu bar, toolbar, demo and error banners, the tree and the disc
 * table in a split pane, and the status bar. It binds to {@link MainViewModel} and holds no
 * state of its own beyond what JavaFX controls keep.
 */
public final class MainWindow extends BorderPane {
    private final MainViewModel vm;
    private final CustomTextField filter = new CustomTextField();
    private final ServerTreeView tree;
    private final DiscTableView table;
    private final SplitPane split = new SplitPane();
    private final MainMenuBar menuBar;

    public MainWindow(MainViewModel vm) {
        this.vm = vm;
        setId("mainWindow");
        tree = new ServerTreeView(vm.tree());
        table = new DiscTableView(vm.table());

        MainActions actions = new MainActions(vm);
        menuBar = new MainMenuBar(vm, actions, this::focusFilter);
        VBox top = new VBox(menuBar, buildToolBar(), buildDemoBanner(), buildErrorBanner());
        setTop(top);
        split.getItems().addAll(buildLeft(), buildRight());
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
        setBottom(buildStatusBar());
        table.setContextMenu(actions.tableMenu());
        tree.setContextMenu(actions.treeMenu());
    }

    public SplitPane splitPane() {
        return split;
    }

    public DiscTableView table() {
        return table;
    }

    public ServerTreeView tree() {
        return tree;
    }

    /** The File menu, for the app to add sign-in items to. */
    public Menu fileMenu() {
        return menuBar.fileMenu();
    }

    public Menu viewMenu() {
        return menuBar.viewMenu();
    }

    public Menu helpMenu() {
        return menuBar.helpMenu();
    }

    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private ToolBar buildToolBar() {
        Button add = toolButton("addDiscButton", "Add disc", MaterialDesignH.HARDDISK_PLUS, vm::addDisc);
        add.getStyleClass().add(Styles.ACCENT);
        Button resize = toolButton("resizeButton", "Resize", MaterialDesignA.ARROW_EXPAND_HORIZONTAL, vm::resizeDisc);
        Button relabel = toolButton("relabelButton", "Relabel", MaterialDesignR.RENAME_BOX, vm::relabelDisc);
        Button purge = toolButton("purgeButton", "Purge", MaterialDesignD.DELETE_FOREVER_OUTLINE, vm::purgeDisc);
        purge.getStyleClass().add(Styles.DANGER);
        Button refresh = toolButton("refreshButton", "Refresh", MaterialDesignR.REFRESH, vm::refresh);
        Button copy = toolButton("copyIdButton", "Copy ID", MaterialDesignC.CONTENT_COPY, vm::copyId);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(
                explained(add, vm.addDisabledReasonProperty(), "Add a disc to the selected server (Ctrl+N)"),
                explained(resize, vm.discDisabledReasonProperty(), "Make the selected disc bigger"),
                explained(relabel, vm.discDisabledReasonProperty(), "Rename the selected disc (F2)"),
                explained(purge, vm.discDisabledReasonProperty(), "Destroy the selected disc and its data (Delete)"),
                new javafx.scene.control.Separator(javafx.geometry.Orientation.VERTICAL),
                withTip(refresh, "Read everything again (F5)"),
                withTip(copy, "Copy the selected disc's or server's id (Ctrl+Shift+C)"),
                spacer);
    }

    private Node buildDemoBanner() {
        Label text = new Label("Demo data: you are exploring a simulated estate. Nothing here touches real servers.");
        Button signIn = new Button("Sign in…");
        signIn.setId("demoSignInButton");
        signIn.setOnAction(e -> vm.signIn());
        return banner("demoBanner", "banner-info", MaterialDesignI.INFORMATION_OUTLINE, text, signIn,
                vm.demoModeProperty());
    }

    private Node buildErrorBanner() {
        Label text = new Label();
        text.setId("errorBannerText");
        text.textProperty().bind(vm.errorTextProperty());
        Button retry = new Button("Retry");
        retry.setOnAction(e -> vm.refresh());
        return banner("errorBanner", "banner-danger", MaterialDesignA.ALERT_CIRCLE_OUTLINE, text, retry,
                vm.errorTextProperty().isNotEmpty());
    }

    /** A full-width strip under the toolbar: icon, words, one action; shown while {@code when} holds. */
    private static Node banner(String id, String style, Ikon icon, Label text, Button action,
                               javafx.beans.value.ObservableBooleanValue when) {
        text.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox banner = new HBox(10, new FontIcon(icon), text, spacer, action);
        banner.setId(id);
        banner.getStyleClass().addAll("banner", style);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.visibleProperty().bind(when);
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node buildLeft() {
        filter.setId("filterField");
        filter.setPromptText("Filter servers (Ctrl+F)");
        filter.setTooltip(new Tooltip("Type part of a server name or hostname; Esc clears"));
        filter.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE);
        clear.setId("clearFilter");
        clear.setCursor(javafx.scene.Cursor.HAND);
        clear.setOnMouseClicked(e -> filter.clear());
        clear.visibleProperty().bind(filter.textProperty().isNotEmpty());
        filter.setRight(clear);
        filter.textProperty().bindBidirectional(vm.tree().filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Label noMatch = new Label("No servers match the filter.");
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        noMatch.visibleProperty().bind(vm.tree().shownServersProperty().isEqualTo(0)
                .and(vm.tree().filterProperty().isNotEmpty()));
        Label loadingFirst = new Label("Reading your servers…");
        loadingFirst.setId("treeLoading");
        loadingFirst.getStyleClass().add(Styles.TEXT_MUTED);
        loadingFirst.visibleProperty().bind(vm.estate().loadingProperty()
                .and(vm.estate().loadedOnceProperty().not()));
        StackPane treeArea = new StackPane(tree, noMatch, loadingFirst);
        VBox.setVgrow(treeArea, Priority.ALWAYS);
        VBox left = new VBox(6, filter, treeArea);
        left.setPadding(new Insets(6, 0, 0, 6));
        left.setMinWidth(220);
        return left;
    }

    private Node buildRight() {
        Label heading = new Label();
        heading.setId("tableHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(vm.table().headingProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(6, heading, table);
        right.setPadding(new Insets(6, 6, 0, 6));
        return right;
    }

    private Node buildStatusBar() {
        Label who = new Label();
        who.setId("statusWho");
        who.textProperty().bind(Bindings.createStringBinding(
                () -> vm.whoProperty().get() + " · " + vm.whereProperty().get(), vm.whoProperty(), vm.whereProperty()));
        who.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        Label updated = new Label();
        updated.setId("statusUpdated");
        updated.textProperty().bind(vm.updatedTextProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(90);
        progress.getStyleClass().add(Styles.SMALL);
        progress.progressProperty().bind(vm.operations().progressProperty());
        Label running = new Label();
        running.setId("statusRunning");
        running.textProperty().bind(vm.operations().summaryProperty());
        progress.visibleProperty().bind(running.textProperty().isNotEmpty());
        Label note = new Label();
        note.setId("statusNotification");
        note.getStyleClass().add(Styles.SUCCESS);
        vm.notificationProperty().addListener((o, a, n) -> showNote(note, n));
        ToggleButton auto = new ToggleButton("Auto-refresh");
        auto.setId("autoRefreshToggle");
        auto.getStyleClass().add(Styles.SMALL);
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        auto.setTooltip(new Tooltip("Read everything again every 30 seconds"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.control.Hyperlink cancel = new javafx.scene.control.Hyperlink("Cancel");
        cancel.setId("cancelRefresh");
        cancel.setOnAction(e -> vm.cancelRefresh());
        cancel.visibleProperty().bind(vm.estate().loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setTooltip(new Tooltip("Stop waiting for this refresh; what is shown stays"));
        HBox bar = new HBox(14, who, updated, progress, running, cancel, spacer, note, auto);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private javafx.animation.PauseTransition noteTimer;

    private void showNote(Label note, Notification n) {
        if (n == null) {
            return;
        }
        note.setText(n.text());
        note.setGraphic(new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        if (noteTimer != null) {
            noteTimer.stop();
        }
        noteTimer = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
        noteTimer.setOnFinished(e -> {
            note.setText("");
            note.setGraphic(null);
        });
        noteTimer.play();
    }

    private static Button toolButton(String id, String text, Ikon icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node withTip(Button b, String tip) {
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /**
     * A disabled control shows no tooltip in JavaFX, so the button sits in a holder that carries
     * the tooltip: what the button does, or why it is off right now.
     */
    private static Node explained(Button b, ObservableStringValue disabledReason, String whatItDoes) {
        b.disableProperty().bind(Bindings.isNotNull(disabledReason));
        StackPane holder = new StackPane(b);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> disabledReason.get() == null ? whatItDoes : disabledReason.get(), disabledReason));
        Tooltip.install(holder, tip);
        return holder;
    }
}
