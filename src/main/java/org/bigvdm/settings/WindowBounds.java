package org.bigvdm.settings;

/** Where the main window was when the app last closed. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
}
