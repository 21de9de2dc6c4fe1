package org.bigvdm.settings;

import ch.qos.logback.core.PropertyDefinerBase;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Gives {@code logback.xml} the log directory from {@link AppDirs}, so logging goes to the right
 * place however early the first logger is created (no system property must be set first).
 */
public final class LogDirDefiner extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        Path logs = AppDirs.current().logs();
        try {
            AppDirs.createPrivateDirectories(logs);
        } catch (IOException e) {
            addWarn("Could not create log directory " + logs + ": " + e);
        }
        return logs.toString();
    }
}
