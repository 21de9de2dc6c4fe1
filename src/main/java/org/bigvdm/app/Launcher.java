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
        // the log, settings and tokens, and the demo backend start beside the toolkit, not before it
        EarlyStart.begin(args, () -> Logging.init(AppVersion.get()));
        BigVDiscManagerApp.main(args);
    }
}
