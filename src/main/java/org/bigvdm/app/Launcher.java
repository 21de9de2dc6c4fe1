package org.bigvdm.app;

import java.util.Arrays;
import org.bigvdm.settings.Logging;
import org.bigvdm.sim.SimulatorMain;

/**
 * Plain entry point for the fat jar and jpackage: a Main-Class that extends Application would
 * die with "JavaFX runtime components are missing" on the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--simulator")) {
            SimulatorMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Logging.init(AppVersion.get());
        BigVDiscManagerApp.main(args);
    }
}
