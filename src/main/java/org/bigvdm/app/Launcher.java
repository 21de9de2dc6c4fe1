package org.bigvdm.app;

import org.bigvdm.settings.Logging;

/**
 * Plain entry point for the fat jar and jpackage: a Main-Class that extends Application would
 * die with "JavaFX runtime components are missing" on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--simulator")) {
            org.bigvdm.sim.SimulatorMain.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Logging.init(AppVersion.get());
        BigVDiscManagerApp.main(args);
    }
}
