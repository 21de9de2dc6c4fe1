package org.bigvdm.ui.overview;

import javafx.scene.layout.Region;

/**
 * The overview's four sections laid out by the width they get, rather than scrolled sideways:
 * <ul>
 *   <li>{@link Shape#ROW}: grade, group, and Headroom over Backups in a third column, when that
 *   column keeps its figures on one line and the bars keep {@link #GROUP_IN_ROW} px;</li>
 *   <li>{@link Shape#TWO_ROWS}: grade and group, with Headroom and Backups under them (the
 *   default window; see {@link #twoColumns});</li>
 *   <li>{@link Shape#STACK}: one section under the other, in a narrow window.</li>
 * </ul>
 * Its minimum width is its widest section's, the only width at which it needs to scroll.
 */
final class OverviewColumns extends HeightForWidth {
    enum Shape { ROW, TWO_ROWS, STACK }

    static final double HGAP = 16;
    static final double VGAP = 10;
    /** The group column's width in a row of three: less, the third column goes under the first two. */
    static final double GROUP_IN_ROW = 360;
    /** Headroom and Backups stay in line under grade and group unless that costs more height. */
    static final double ALIGN_SLACK = 8;

    private final Region grade;
    private final Region group;
    private final Region headroom;
    private final Region backups;

    OverviewColumns(Region grade, Region group, Region headroom, Region backups) {
        this.grade = grade;
        this.group = group;
        this.headroom = headroom;
        this.backups = backups;
        getStyleClass().add("overview-columns");
        getChildren().addAll(grade, group, headroom, backups);
    }

    /** The layout at this inner width. */
    Shape shape(double width) {
        if (width >= first() + HGAP + GROUP_IN_ROW + HGAP + third()) {
            return Shape.ROW;
        }
        if (width >= first() + HGAP + Math.max(group.minWidth(-1), backups.minWidth(-1))) {
            return Shape.TWO_ROWS;
        }
        return Shape.STACK;
    }

    /** The first column: the grades' donut and table at their width (Headroom goes under it). */
    private double first() {
        return Math.max(grade.minWidth(-1), headroom.minWidth(-1));
    }

    /** The third column in a row: Headroom and Backups each on as many lines as figures. */
    private double third() {
        return Math.max(headroom.prefWidth(-1), backups.prefWidth(-1));
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = Math.max(Math.max(grade.minWidth(-1), group.minWidth(-1)),
                Math.max(headroom.minWidth(-1), backups.minWidth(-1)));
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + first() + HGAP + Math.max(group.prefWidth(-1), backups.prefWidth(-1))
                + snappedRightInset();
    }

    @Override
    protected double heightAt(double inner) {
        return place(inner, false);
    }

    @Override
    protected void layoutChildren() {
        place(getWidth() - snappedLeftInset() - snappedRightInset(), true);
    }

    /** Places the sections at this inner width (when {@code apply}) and answers the height they take. */
    private double place(double width, boolean apply) {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = Math.max(width, computeMinWidth(-1) - snappedLeftInset() - snappedRightInset());
        switch (shape(inner)) {
            case ROW -> {
                double third = third();
                double groupWidth = inner - first() - third - 2 * HGAP;
                double right = headroom.prefHeight(third) + VGAP + backups.prefHeight(third);
                if (apply) {
                    put(grade, x, y, first());
                    put(group, x + first() + HGAP, y, groupWidth);
                    put(headroom, x + inner - third, y, third);
                    put(backups, x + inner - third, y + headroom.prefHeight(third) + VGAP, third);
                }
                return Math.max(Math.max(grade.prefHeight(first()), group.prefHeight(groupWidth)), right);
            }
            case TWO_ROWS -> {
                return twoColumns(x, y, inner, apply);
            }
            default -> {
                double h = 0;
                for (Region r : new Region[] {grade, group, headroom, backups}) {
                    if (apply) {
                        put(r, x, y + h, inner);
                    }
                    h += r.prefHeight(inner) + VGAP;
                }
                return h - VGAP;
            }
        }
    }

    /**
     * Grade and group side by side, Headroom and Backups under them: in line when that is about as
     * short, else each straight under the section above it, whichever way round is shorter, or
     * both under the grades (at 1000 px the group names go above their bars and the grade column
     * is the short one; Backups under it left the table its rows in a 1000x800 window).
     */
    private double twoColumns(double x, double y, double inner, boolean apply) {
        double first = first();
        double second = inner - first - HGAP;
        double gradeHeight = grade.prefHeight(first);
        double groupHeight = group.prefHeight(second);
        double top = Math.max(gradeHeight, groupHeight);
        double inLine = top + VGAP + Math.max(headroom.prefHeight(first), backups.prefHeight(second));
        double under = Math.max(gradeHeight + VGAP + headroom.prefHeight(first),
                groupHeight + VGAP + backups.prefHeight(second));
        double swapped = Math.max(gradeHeight + VGAP + backups.prefHeight(first),
                groupHeight + VGAP + headroom.prefHeight(second));
        double firstColumn = Math.max(gradeHeight + VGAP + headroom.prefHeight(first) + VGAP
                + backups.prefHeight(first), groupHeight);
        double shortest = Math.min(Math.min(under, swapped), firstColumn);
        if (inLine <= shortest + ALIGN_SLACK) {
            if (apply) {
                put(grade, x, y, first);
                put(group, x + first + HGAP, y, second);
                put(headroom, x, y + top + VGAP, first);
                put(backups, x + first + HGAP, y + top + VGAP, second);
            }
            return inLine;
        }
        if (apply) {
            put(grade, x, y, first);
            put(group, x + first + HGAP, y, second);
            double belowGrade = y + gradeHeight + VGAP;
            double belowGroup = y + groupHeight + VGAP;
            if (shortest == under) {
                put(headroom, x, belowGrade, first);
                put(backups, x + first + HGAP, belowGroup, second);
            } else if (shortest == swapped) {
                put(backups, x, belowGrade, first);
                put(headroom, x + first + HGAP, belowGroup, second);
            } else {
                put(headroom, x, belowGrade, first);
                put(backups, x, belowGrade + headroom.prefHeight(first) + VGAP, first);
            }
        }
        return shortest;
    }

    private static void put(Region r, double x, double y, double width) {
        r.resizeRelocate(x, y, width, r.prefHeight(width));
    }
}
