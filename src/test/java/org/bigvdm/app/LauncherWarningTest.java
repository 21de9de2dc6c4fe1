package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Issue 13 "Also": no "Unsupported JavaFX configuration" warning when started from the jar. */
class LauncherWarningTest {

    @Test
    void onlyTheClassPathWarningIsDropped() {
        Launcher.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'"))).isFalse();
        assertThat(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING, "Something else went wrong")))
                .isTrue();
    }
}
