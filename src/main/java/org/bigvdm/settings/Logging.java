package org.bigvdm.settings;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up logging chores; the appenders themselves are set up by {@link LogConfigurator}. */
public final class Logging {
    public static final String LOG_FILE_NAME = "bigv-disc-manager.log";

    private Logging() {
    }

    /** The current log file, for a "Show log" menu item and bug reports. */
    public static Path logFile() {
        return AppDirs.current().logs().resolve(LOG_FILE_NAME);
    }

    /**
     * Call first thing in main: writes a start line and sends uncaught exceptions (of any
     * thread) to the log instead of stderr only.
     */
    public static void init(String appVersion) {
        Logger log = LoggerFactory.getLogger("org.bigvdm");
        log.info("BigV Disc Manager {} starting on Java {} ({}), log file {}", appVersion,
                System.getProperty("java.version"), System.getProperty("os.name"), logFile());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                LoggerFactory.getLogger("uncaught").error("Uncaught exception in thread {}", thread.getName(), error));
    }
}
