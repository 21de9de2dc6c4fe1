package org.bigvdm.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Storage per group as a list of stacked bars, drawn by hand: JavaFX's bar chart gave its
 * category labels the room they asked for and left the bars a sliver of a narrow column. Each
 * group's name is beside its bar while the bars keep {@link #MIN_BESIDE} px, else above it; the
 * size is written at the end of each bar. Bars are to scale with the largest group.
 */
final class GroupBars extends HeightForWidth {
    /** A group's row: its name (a link to its discs), its bar of grade parts, its size as text. */
    record Row(Hyperlink name, Bar bar, Label size) {
    }

    /** The bars keep at least this length beside the names; shorter, the names go above them. */
    static final double MIN_BESIDE = 160;
    /** The shortest the largest bar gets (its column's minimum width follows from it). */
    static final double MIN_BAR = 120;
    static final double GAP = 8;
    static final double ROW_GAP = 4;
    static final double BAR_HEIGHT = 12;

    private final List<Row> rows = new ArrayList<>();
    private long largest;

    GroupBars() {
        getStyleClass().add("group-bars");
    }

    /**
     * One part of a bar: its size, its colour's index, its grade and size in words (for a screen
     * reader), its figure as a tooltip, and what clicking it does.
     */
    record Part(long mib, int colour, String words, String tip, Runnable show) {
    }

    /** The groups, largest first: their names, sizes and parts. */
    void setRows(List<Row> shown) {
        rows.clear();
        rows.addAll(shown);
        largest = shown.stream().mapToLong(r -> r.bar().mib()).max().orElse(0);
        List<Node> nodes = new ArrayList<>();
        for (Row r : shown) {
            nodes.add(r.name());
            nodes.add(r.bar());
            nodes.add(r.size());
        }
        getChildren().setAll(nodes);
    }

    /** A group's row: {@code tip} is its figure in words, {@code show} shows its discs. */
    static Row row(String name, String size, String tip, Runnable show, long mib, List<Part> parts) {
        Hyperlink link = new Hyperlink(name);
        link.getStyleClass().add("group-name");
        // wrapped at the spaces of "account / group" in the narrowest column, never cut
        link.setWrapText(true);
        link.setTooltip(new Tooltip(tip));
        link.setOnAction(e -> show.run());
        Label sizeLabel = new Label(size);
        sizeLabel.getStyleClass().add("group-size");
        sizeLabel.setMinWidth(Region.USE_PREF_SIZE);
        sizeLabel.setTooltip(new Tooltip(tip));
        Bar bar = new Bar(mib, parts);
        bar.setAccessibleText(name + ": " + size + parts.stream().map(Part::words)
                .collect(Collectors.joining(", ", " (", ")")));
        return new Row(link, bar, sizeLabel);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + sizeWidth() + GAP + MIN_BAR + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + nameWidth() + GAP + MIN_BESIDE + GAP + sizeWidth() + snappedRightInset();
    }

    @Override
    protected double heightAt(double inner) {
        double h = 0;
        boolean beside = beside(inner);
        for (Row r : rows) {
            h += rowHeight(r, inner, beside) + ROW_GAP;
        }
        return Math.max(0, h - ROW_GAP);
    }

    @Override
    protected void layoutChildren() {
        double x0 = snappedLeftInset();
        double inner = getWidth() - x0 - snappedRightInset();
        boolean beside = beside(inner);
        double nameWidth = beside ? nameWidth() : inner;
        double barX = beside ? x0 + nameWidth + GAP : x0;
        double track = Math.max(0, x0 + inner - barX - GAP - sizeWidth());
        double y = snappedTopInset();
        for (Row r : rows) {
            double nameHeight = r.name().prefHeight(nameWidth);
            double line = Math.max(BAR_HEIGHT, r.size().prefHeight(-1));
            double rowHeight = rowHeight(r, inner, beside);
            double lineY = beside ? y + (rowHeight - line) / 2 : y + nameHeight;
            r.name().resizeRelocate(x0, beside ? y + (rowHeight - nameHeight) / 2 : y, nameWidth, nameHeight);
            double length = largest == 0 ? 0 : snapSizeX(track * r.bar().mib() / largest);
            r.bar().resizeRelocate(barX, lineY + (line - BAR_HEIGHT) / 2, length, BAR_HEIGHT);
            double sizeHeight = r.size().prefHeight(-1);
            r.size().resizeRelocate(barX + length + GAP, lineY + (line - sizeHeight) / 2, r.size().prefWidth(-1),
                    sizeHeight);
            y += rowHeight + ROW_GAP;
        }
    }

    /** Whether the names fit beside bars of {@link #MIN_BESIDE} px at this inner width. */
    private boolean beside(double inner) {
        return inner - nameWidth() - GAP - GAP - sizeWidth() >= MIN_BESIDE;
    }

    private double rowHeight(Row r, double inner, boolean beside) {
        double line = Math.max(BAR_HEIGHT, r.size().prefHeight(-1));
        return beside ? Math.max(r.name().prefHeight(-1), line) : r.name().prefHeight(inner) + line;
    }

    private double nameWidth() {
        return rows.stream().mapToDouble(r -> r.name().prefWidth(-1)).max().orElse(0);
    }

    private double sizeWidth() {
        return rows.stream().mapToDouble(r -> r.size().prefWidth(-1)).max().orElse(0);
    }

    /**
     * One group's bar: a part per grade, in the grades' chart colours, each with its figure as a
     * tooltip and showing its discs on a click.
     */
    static final class Bar extends Region {
        private final long mib;
        private final List<Part> parts;

        Bar(long mib, List<Part> parts) {
            this.mib = mib;
            this.parts = List.copyOf(parts);
            getStyleClass().add("group-bar");
            setAccessibleRole(AccessibleRole.TEXT);
            for (Part p : this.parts) {
                Region part = new Region();
                part.getStyleClass().addAll("chart-bar", "default-color" + (p.colour() % 8), "group-bar-part");
                Tooltip.install(part, new Tooltip(p.tip()));
                part.setCursor(Cursor.HAND);
                part.setOnMouseClicked(e -> p.show().run());
                getChildren().add(part);
            }
        }

        long mib() {
            return mib;
        }

        @Override
        protected void layoutChildren() {
            long sum = parts.stream().mapToLong(Part::mib).sum();
            double w = getWidth();
            long before = 0;
            for (int i = 0; i < parts.size(); i++) {
                // edges snapped from the running total: the parts meet, and end where the bar ends
                double from = sum == 0 ? 0 : snapPositionX(w * before / sum);
                before += parts.get(i).mib();
                double to = sum == 0 ? 0 : snapPositionX(w * before / sum);
                getChildren().get(i).resizeRelocate(from, 0, to - from, getHeight());
            }
        }
    }
}
