package org.bigvdm.ui.overview;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.bigvdm.service.overview.BackupAges;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.overview.Figure;
import org.bigvdm.service.overview.Slice;
import org.bigvdm.ui.common.SizeFormat;

/**
 * The overview above the disc table: a donut and a table of storage by grade, a stacked bar per
 * group by grade ({@link GroupBars}), headroom and backup coverage, in sections that reflow with
 * the width ({@link OverviewColumns}). Every figure is a link to what it counts. Colours come
 * from the theme's chart palette (a grade has the same colour in both charts).
 */
public final class OverviewView extends VBox {
    /** The bars show this many groups, the largest; the note under them tells how many there are. */
    static final int BAR_GROUPS = 8;

    private final OverviewViewModel vm;
    private final PieChart donut = new PieChart();
    private final GridPane gradeTable = new GridPane();
    private final GroupBars bars = new GroupBars();
    private final Label barNote = new Label();
    private final VBox headroom = new VBox(2);
    private final VBox backups = new VBox(2);
    private final VBox ages = new VBox(0);

    /** The overview itself; {@link #foldable} shows it only while the selected node has one. */
    public OverviewView(OverviewViewModel vm) {
        super(6);
        this.vm = vm;
        setId("overview");
        getStyleClass().add("estate-overview");
        donut.setId("gradeDonut");
        donut.setAnimated(false);
        donut.setLegendVisible(false);
        donut.setLabelsVisible(false);
        donut.setStartAngle(90);
        donut.setPrefSize(140, 140);
        donut.setMinSize(130, 130);
        Circle hole = new Circle();
        hole.getStyleClass().add("donut-hole");
        hole.setStyle("-fx-fill: -color-bg-default;");
        hole.radiusProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(0, Math.min(donut.getWidth(), donut.getHeight()) * 0.2),
                donut.widthProperty(), donut.heightProperty()));
        hole.setMouseTransparent(true);
        StackPane donutBox = new StackPane(donut, hole);
        gradeTable.setId("gradeTable");
        gradeTable.setHgap(8);
        gradeTable.setVgap(2);
        gradeTable.setMinWidth(Region.USE_PREF_SIZE);
        VBox gradeColumn = section("By grade", new HBox(8, donutBox, gradeTable));
        gradeColumn.setMinWidth(Region.USE_PREF_SIZE);

        bars.setId("groupBars");
        barNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox groupColumn = section("By group", bars, barNote);

        headroom.setId("headroom");
        backups.setId("backupCoverage");
        ages.setId("backupAges");
        VBox headroomColumn = section("Headroom", headroom);
        VBox backupsColumn = section("Backups", backups);
        // narrower, their figures wrap at every word
        headroomColumn.setMinWidth(200);
        backupsColumn.setMinWidth(200);

        getChildren().add(new OverviewColumns(gradeColumn, groupColumn, headroomColumn, backupsColumn));
        setPadding(new Insets(0));

        vm.overviewProperty().addListener((o, a, ov) -> show(ov));
        show(vm.overviewProperty().get());
        vm.backupAgesProperty().addListener((o, a, b) -> showAges(b));
        showAges(vm.backupAgesProperty().get());
    }

    /**
     * The overview in a pane the user can fold away (the table and the Backups pane below it then
     * get the room), shown only while the selected node has an overview.
     */
    public static TitledPane foldable(OverviewViewModel vm) {
        TitledPane pane = new TitledPane();
        pane.setId("overviewPane");
        pane.setAnimated(false);
        pane.textProperty().bind(Bindings.createStringBinding(() -> {
            EstateOverview ov = vm.overviewProperty().get();
            return ov == null ? "Overview" : "Overview of " + ov.title().replace("All accounts", "all accounts");
        }, vm.overviewProperty()));
        // the charts are built the first time an overview applies, not for the window's first frame
        Runnable build = () -> {
            if (pane.getContent() == null) {
                OverviewView view = new OverviewView(vm);
                view.setStyle("-fx-padding: 4 8 4 8;");
                pane.setContent(new Scroller(view));
            }
        };
        vm.appliesProperty().addListener((o, was, applies) -> {
            if (applies) {
                build.run();
            }
        });
        if (vm.appliesProperty().get()) {
            build.run();
        }
        pane.visibleProperty().bind(vm.appliesProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /**
     * The overview in a pane that asks for the overview's whole height at the width it is given,
     * and scrolls it when the window is too short for that, rather than cutting its last lines.
     * Left to the TitledPane, the overview's height was its minimum height measured at the pane's
     * full width, its padding and border included (JavaFX's StackPane does not take its insets off
     * a minimum height's width as it does off a preferred one's): the figures in the narrow right
     * column were measured one line too few, so the window squeezed the pane onto its last line.
     */
    static final class Scroller extends ScrollPane {
        /** A few lines: in the smallest window the table under it keeps its rows too. */
        static final double MIN_HEIGHT = 72;
        private final Region overview;

        Scroller(Region overview) {
            super(overview);
            this.overview = overview;
            setId("overviewScroll");
            setFitToWidth(true);
            setHbarPolicy(ScrollBarPolicy.AS_NEEDED);
            setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
            setFocusTraversable(false);
            setMinHeight(MIN_HEIGHT);
        }

        /** Its height depends on its width (the figures wrap), so a parent passes the width it gives. */
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        /** The overview's height at the width it will be laid out at (ScrollPaneSkin asks at -1). */
        @Override
        protected double computePrefHeight(double width) {
            Insets in = getInsets();
            double inner = width < 0 ? -1 : width - in.getLeft() - in.getRight();
            double narrowest = overview.minWidth(-1);
            // narrower than its columns: it scrolls sideways, and the bar needs room of its own
            double bar = inner >= 0 && inner < narrowest ? getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                    .mapToDouble(n -> n.prefHeight(-1)).findFirst().orElse(0) : 0;
            return in.getTop() + overview.prefHeight(inner < 0 ? -1 : Math.max(narrowest, inner)) + bar
                    + in.getBottom();
        }
    }

    /** "Showing only: …" with a button back to everything; shown while a figure narrows the view. */
    public static HBox focusBar(OverviewViewModel vm) {
        Label what = new Label();
        what.setId("focusText");
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            Slice s = vm.focusProperty().get();
            return s == null ? "" : "Showing only: " + s.title() + " (" + count(s.serverCount(), "server") + ", "
                    + count(s.discCount(), "disc") + ")";
        }, vm.focusProperty()));
        Button all = new Button("Show all");
        all.setId("clearFocus");
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        all.setOnAction(e -> vm.clearFocus());
        HBox bar = new HBox(8, what, all);
        bar.setId("focusBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("focus-bar");
        bar.visibleProperty().bind(vm.focusProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void show(EstateOverview ov) {
        if (ov == null) {
            donut.getData().clear();
            bars.setRows(List.of());
            gradeTable.getChildren().clear();
            headroom.getChildren().clear();
            backups.getChildren().clear();
            return;
        }
        showGrades(ov);
        showGroups(ov);
        headroom.getChildren().setAll(
                link(ov.headroom().full()), link(ov.headroom().nearlyFull()),
                link(ov.headroom().nearMaxSize()), link(ov.headroom().migrating()),
                link(ov.headroom().deletedHolding()));
        if (ov.backups() == null) {
            Label none = new Label("The service sent no backup details.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            backups.getChildren().setAll(none);
        } else {
            EstateOverview.BackupCoverage b = ov.backups();
            Label space = new Label(String.format(Locale.ROOT, "%,d backups, up to %s", b.backupCount(),
                    SizeFormat.mib(b.estimatedMib())));
            space.setId("backupSpace");
            space.setTooltip(new Tooltip("Estimated backup space: per disc, its size times the backups it keeps "
                    + "or its schedules' capacity, whichever is more; " + SizeFormat.exactMib(b.estimatedMib())
                    + " in all"));
            backups.getChildren().setAll(link(b.unprotected()), link(b.scheduled()), ages, space);
        }
    }

    /** "3 discs last backed up over a week ago", over how many discs' backup lists were read. */
    private void showAges(BackupAges b) {
        Tooltip why = new Tooltip("Backup times are in each disc's backup list, read for the discs the table shows "
                + "and the disc selected; this counts over the lists read so far and grows as more are read. "
                + "It sends no request of its own.");
        if (b == null || b.timesKnown() + b.timesUnknown() == 0) {
            Label none = new Label(b == null ? "Backup ages: in each disc's backups"
                    : "Backup ages: no backup list read here yet");
            none.setTooltip(why);
            none.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            ages.getChildren().setAll(none);
            return;
        }
        Label over = new Label("of " + count(b.timesKnown(), "disc") + " whose backups were read"
                + (b.timesUnknown() > 0 ? String.format(Locale.ROOT, "; %,d more whose backups name no time",
                b.timesUnknown()) : ""));
        over.setId("backupAgesOver");
        over.setTooltip(why);
        over.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        ages.getChildren().setAll(link(b.stale()), over);
    }

    private void showGrades(EstateOverview ov) {
        List<PieChart.Data> slices = new ArrayList<>();
        for (Figure f : ov.byGrade()) {
            slices.add(new PieChart.Data(f.name(), f.mib()));
        }
        donut.setData(FXCollections.observableArrayList(slices));
        gradeTable.getChildren().clear();
        gradeTable.addRow(0, new Label(), header("Grade"), header("Discs"), header("Size"));
        int i = 0;
        for (Figure f : ov.byGrade()) {
            Node slice = slices.get(i).getNode();
            String tip = tip(f, ov.all().mib());
            if (slice != null) {
                Tooltip.install(slice, new Tooltip(tip));
                slice.setOnMouseClicked(e -> vm.show(f.slice()));
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-pie", "default-color" + (i % 8), "grade-swatch");
            swatch.setMinSize(12, 12);
            swatch.setMaxSize(12, 12);
            Hyperlink grade = new Hyperlink(f.name());
            grade.setMinWidth(Region.USE_PREF_SIZE);
            grade.setOnAction(e -> vm.show(f.slice()));
            grade.setTooltip(new Tooltip(tip));
            gradeTable.addRow(i + 1, swatch, grade, number(String.format(Locale.ROOT, "%,d", f.count())),
                    number(SizeFormat.mib(f.mib())));
            i++;
        }
        Hyperlink total = new Hyperlink("all");
        total.setMinWidth(Region.USE_PREF_SIZE);
        total.setOnAction(e -> vm.show(ov.all().slice()));
        gradeTable.addRow(i + 1, new Label(), total, number(String.format(Locale.ROOT, "%,d", ov.all().count())),
                number(SizeFormat.mib(ov.all().mib())));
    }

    private void showGroups(EstateOverview ov) {
        List<EstateOverview.GroupTotal> largest = ov.byGroup().stream()
                .sorted(Comparator.comparingLong((EstateOverview.GroupTotal g) -> g.total().mib()).reversed())
                .limit(BAR_GROUPS).toList();
        List<GroupBars.Row> rows = new ArrayList<>();
        for (EstateOverview.GroupTotal g : largest) {
            List<GroupBars.Part> parts = new ArrayList<>();
            int colour = 0;
            // a grade keeps its index in the grade table, so its colour there
            for (Figure grade : ov.byGrade()) {
                Figure part = g.byGrade().get(gradeKey(grade));
                if (part != null && part.mib() > 0) {
                    parts.add(new GroupBars.Part(part.mib(), colour, grade.name() + " " + SizeFormat.mib(part.mib()),
                            g.name() + ", " + grade.name() + ": " + tip(part, g.total().mib()),
                            () -> vm.show(part.slice())));
                }
                colour++;
            }
            rows.add(GroupBars.row(g.name(), SizeFormat.mib(g.total().mib()), tip(g.total(), ov.all().mib()),
                    () -> vm.show(g.total().slice()), g.total().mib(), parts));
        }
        bars.setRows(rows);
        barNote.setText(ov.byGroup().size() > BAR_GROUPS
                ? "The " + BAR_GROUPS + " largest of " + ov.byGroup().size() + " groups" : count(ov.byGroup().size(),
                "group"));
    }

    /** The grade name as the group split keys it ("" for discs without a grade). */
    private static String gradeKey(Figure grade) {
        return grade.name().equals("no grade") ? "" : grade.name();
    }

    private Hyperlink link(Figure f) {
        String name = f.count() == 1 ? f.name().replaceFirst("\\bservers\\b", "server")
                .replaceFirst("\\bdiscs\\b", "disc") : f.name();
        String text = String.format(Locale.ROOT, "%,d %s", f.count(), name)
                + (f.mib() > 0 ? " · " + SizeFormat.mib(f.mib()) : "");
        Hyperlink link = new Hyperlink(text);
        // a narrow window wraps the figure's words rather than cutting them to "holding stora…"
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.setOnAction(e -> vm.show(f.slice()));
        link.setDisable(f.count() == 0);
        // worded when shown: the slice behind a figure lists its ids over the whole estate, and
        // seven of them per selection took the FX thread tens of ms at 77,000 discs
        Tooltip tip = new Tooltip();
        tip.setOnShowing(e -> tip.setText(f.slice().title() + ": " + count(f.slice().serverCount(), "server") + ", "
                + count(f.slice().discCount(), "disc") + ", " + SizeFormat.exactMib(f.mib())
                + "\nClick to show only these."));
        link.setTooltip(tip);
        return link;
    }

    private static String tip(Figure f, long totalMib) {
        double pct = totalMib == 0 ? 0 : 100.0 * f.mib() / totalMib;
        return String.format(Locale.ROOT, "%s: %,d discs, %s (%s), %.1f%%", f.name(), f.count(),
                SizeFormat.mib(f.mib()), SizeFormat.exactMib(f.mib()), pct);
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(4, heading);
        box.getChildren().addAll(content);
        return box;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static Label number(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER_RIGHT);
        GridPane.setFillWidth(l, true);
        return l;
    }
}
