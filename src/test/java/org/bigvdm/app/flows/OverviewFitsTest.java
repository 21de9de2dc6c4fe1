package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Chart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.bigvdm.service.NodeKeys;
import org.junit.jupiter.api.Test;

/**
 * The overview of all accounts shows every figure whole, with the table still under it: in a
 * 1280x800 window the last line of Backups was cut at the bottom of its box (the pane was
 * squeezed to a height measured as if the figures wrapped less than they do). Its bars per group
 * are long enough to read, and at 1000 px it reflows rather than scrolling sideways.
 */
class OverviewFitsTest extends DemoWindowTest {
    /** The length a bar needs to tell a group's size against the others at a glance. */
    private static final double READABLE_BAR = 120;

    @Test
    void atTheDefaultSizeEveryFigureIsWholeAndTheTableShows() throws Exception {
        showOverviewIn(1200, 760);
        assertEveryFigureShownWhole();
    }

    @Test
    void inAWindowFillingA1280By800ScreenEveryFigureIsWholeAndTheTableShows() throws Exception {
        showOverviewIn(1280, 800);
        assertEveryFigureShownWhole();
    }

    @Test
    void at1000PxWideItReflowsRatherThanScrollingSideways() throws Exception {
        showOverviewIn(1000, 800);
        ScrollPane scroll = lookup("#overviewScroll").queryAs(ScrollPane.class);
        assertThat(bar(scroll, Orientation.HORIZONTAL)).as("sideways").isFalse();
        assertThat(bar(scroll, Orientation.VERTICAL)).as("up and down").isFalse();
        assertEveryFigureShownWhole();
        assertGroupBarsReadable();
    }

    @Test
    void theGroupBarsAreLongEnoughToReadAndTheirNamesWholeAtTheDefaultSize() throws Exception {
        showOverviewIn(1200, 760);
        assertGroupBarsReadable();
    }

    @Test
    void theGroupBarsAreLongEnoughToReadAndTheirNamesWholeIn1280By800() throws Exception {
        showOverviewIn(1280, 800);
        assertGroupBarsReadable();
    }

    @Test
    void inTheSmallestWindowTheOverviewScrollsToItsLastLineAndTheTableShows() throws Exception {
        showOverviewIn(720, 420);
        ScrollPane scroll = lookup("#overviewScroll").queryAs(ScrollPane.class);
        app.onFx(() -> {
            scroll.setVvalue(scroll.getVmax());
            scroll.setHvalue(scroll.getHmax());
        });
        app.waitUntil(() -> scroll.getVvalue() == scroll.getVmax());
        Labeled last = lookup("#backupSpace").queryAs(Labeled.class);
        app.waitUntil(() -> clipped(last).isEmpty());
        for (Labeled l : figures()) {
            assertThat(l.getHeight()).as("height of %s", l.getText()).isGreaterThanOrEqualTo(l.prefHeight(l.getWidth()) - 0.5);
        }
    }

    /** The window at this size, at the screen's corner (Monocle paints no window past its screen). */
    private void showOverviewIn(double width, double height) throws Exception {
        app.onFx(() -> {
            app.stage().setX(0);
            app.stage().setY(0);
            app.stage().setWidth(width);
            app.stage().setHeight(height);
            app.vm().tree().selectedKeyProperty().set(NodeKeys.ALL);
        });
        app.waitUntil(() -> app.stage().getScene().getWidth() == width && app.stage().getScene().getHeight() == height
                && lookup("#backupSpace").tryQuery().isPresent());
        Node table = window.table();
        assertThat(table.localToScene(table.getLayoutBounds()).getMinY())
                .as("the table's top, under the overview").isLessThan(height - 80);
    }

    private void assertEveryFigureShownWhole() throws Exception {
        List<Labeled> figures = figures();
        assertThat(figures).extracting(Labeled::getId).contains("backupSpace");
        for (Labeled l : figures) {
            assertThat(clipped(l)).as("where %s is cut", l.getText()).isEmpty();
        }
    }

    /**
     * The largest group's bar is at least {@link #READABLE_BAR} px long as shown (bars start at
     * one edge, so the bars' parts span it), and each demo group is named in full inside the
     * column. The JavaFX bar chart had left ~12 px of bars beside its category labels.
     */
    private void assertGroupBarsReadable() {
        Node column = lookup("#groupBars").query();
        Bounds shown = column.localToScene(column.getLayoutBounds());
        List<Bounds> parts = lookup("#groupBars .chart-bar").queryAll().stream()
                .filter(OverviewFitsTest::shown).map(n -> n.localToScene(n.getLayoutBounds())).toList();
        assertThat(parts).as("bars").isNotEmpty();
        double from = parts.stream().mapToDouble(b -> Math.max(b.getMinX(), shown.getMinX())).min().orElseThrow();
        double to = parts.stream().mapToDouble(b -> Math.min(b.getMaxX(), shown.getMaxX())).max().orElseThrow();
        assertThat(to - from).as("the largest group's bar, in px").isGreaterThanOrEqualTo(READABLE_BAR);
        List<Labeled> names = lookup("#groupBars .hyperlink").queryAllAs(Labeled.class).stream().toList();
        assertThat(names).extracting(Labeled::getText)
                .contains("northwind / office", "acme-web / production", "acme-web / staging");
        for (Labeled name : names) {
            Text text = (Text) name.lookup(".text");
            assertThat(text.getText()).as("what %s shows", name.getText()).isEqualTo(name.getText());
            assertThat(clipped(name)).as("where %s is cut", name.getText()).isEmpty();
            Bounds b = name.localToScene(name.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of %s", name.getText()).isLessThanOrEqualTo(shown.getMaxX() + 0.5);
        }
    }

    /** Whether the node and its parents are visible (a hidden chart legend keeps bar-coloured symbols). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Whether the scroll pane shows its bar of this orientation. */
    private static boolean bar(ScrollPane scroll, Orientation orientation) {
        return scroll.lookupAll(".scroll-bar").stream()
                .anyMatch(n -> n instanceof ScrollBar b && b.getOrientation() == orientation && b.isVisible());
    }

    /** The texts of the overview outside its charts, as shown. */
    private List<Labeled> figures() {
        List<Labeled> out = new ArrayList<>();
        collect(lookup("#overview").query(), out);
        assertThat(out).hasSizeGreaterThan(10);
        return out;
    }

    private static void collect(Node node, List<Labeled> out) {
        if (!node.isVisible() || node instanceof Chart) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            out.add(l);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /**
     * The parts of the label outside the window or a clip of an ancestor (as a ScrollPane's
     * viewport or a TitledPane's content clips), empty when it is shown whole.
     */
    private static List<String> clipped(Node label) {
        Bounds b = label.localToScene(label.getLayoutBounds());
        List<String> out = new ArrayList<>();
        check(b, new BoundingBox(0, 0, label.getScene().getWidth(), label.getScene().getHeight()), "window", out);
        for (Parent p = label.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                check(b, p.localToScene(p.getClip().getBoundsInParent()), p.getClass().getName() + "'s clip", out);
            }
        }
        return out;
    }

    private static void check(Bounds label, Bounds shown, String what, List<String> out) {
        double slack = 0.5;
        if (label.getMinX() < shown.getMinX() - slack || label.getMaxX() > shown.getMaxX() + slack
                || label.getMinY() < shown.getMinY() - slack || label.getMaxY() > shown.getMaxY() + slack) {
            out.add(label + " outside " + what + " " + shown);
        }
    }
}
