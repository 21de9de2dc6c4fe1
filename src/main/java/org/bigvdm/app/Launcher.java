package org.bigvdm.app;

import java.util.Arrays;
import org.bigvdm.settings.Logging;
import org.bigvdm.sim.SimulatorMain;

/**
 * Plain entry point for the fat jar and jpackage: a Main-Class that extends Application would
 * die with "JavaFX runtime components are missing" on the class path.
 */
public final class Launcher {
    /** Held here: the logging framework keeps its loggers only weakly, and the filter with them. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    /**
     * On the class path (the fat jar, jpackage's launcher) JavaFX warns "Unsupported JavaFX
     * configuration: classes were loaded from 'unnamed module'" at every start. This app is built
     * and tested on the class path, on purpose (one jar; ControlsFX needs no --add-exports), so the
     * warning only alarms users; it alone is dropped, every other JavaFX message stays.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length > 0 && args[0].equals("--simulator")) {
            SimulatorMain.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // the log, settings and tokens, and the demo backend start beside the toolkit, not before it
        EarlyStart.begin(args, () -> Logging.init(AppVersion.get()));
        quietClassPathWarning();
        BigVDiscManagerApp.main(args);
    }
}
