package org.bigvdm.ui.overview;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;

/**
 * A region whose height follows from the width it is given (its rows reflow), and that is never
 * squeezed below that height: the overview's scroll pane scrolls instead.
 */
abstract class HeightForWidth extends Region {
    /** The content's height at this inner width (insets taken off). */
    protected abstract double heightAt(double innerWidth);

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + heightAt(inner) + snappedBottomInset();
    }
}
