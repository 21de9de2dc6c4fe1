package org.bigvdm.settings;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The app's log set up in code, found by logback as a service before it looks for any XML: the
 * same appenders the former {@code logback.xml} gave (a small rolling file under {@link AppDirs}, WARN
 * and worse on the console, every line through {@link MaskingPatternLayout}), without logback's
 * XML machinery (about 300 classes and an XML parser, a third of a second of start-up on a
 * loaded 2-core machine). A configuration asked for with {@code -Dlogback.configurationFile}
 * (the simulator's) or a {@code logback-test.xml} wins: then logback reads that as before.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        Path logs = AppDirs.current().logs();
        try {
            AppDirs.createPrivateDirectories(logs);
        } catch (IOException e) {
            addWarn("Could not create log directory " + logs + ": " + e);
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file(context, logs));
        root.addAppender(console(context));
        // keyring libraries are chatty while probing for a backend
        context.getLogger("org.freedesktop.dbus").setLevel(Level.WARN);
        context.getLogger("de.swiesend").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static Appender<ILoggingEvent> file(LoggerContext context, Path logs) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(logs.resolve(Logging.LOG_FILE_NAME).toString());
        // small: three old files of 1 MB at most
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs.resolve("bigv-disc-manager.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("1MB"));
        trigger.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.setEncoder(masking(context, FILE_PATTERN));
        file.start();
        return file;
    }

    private static Appender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        ThresholdFilter warn = new ThresholdFilter();
        warn.setLevel("WARN");
        warn.start();
        console.addFilter(warn);
        console.setEncoder(masking(context, CONSOLE_PATTERN));
        console.start();
        return console;
    }

    private static LayoutWrappingEncoder<ILoggingEvent> masking(LoggerContext context, String pattern) {
        MaskingPatternLayout layout = new MaskingPatternLayout();
        layout.setContext(context);
        layout.setPattern(pattern);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        return encoder;
    }
}
