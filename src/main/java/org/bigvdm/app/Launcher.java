package org.bigvdm.app;

/**
 * Plain entry point for the fat jar and jpackage: a Main-Class that extends Application would
 * die with "JavaFX runtime components are missing" on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        BigVDiscManagerApp.main(args);
    }
}
