package org.bigvdm.testutil;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The requests the app's own client sends, as its transport logs them at debug ("PUT /… -> 200"):
 * for UI flows that must show a write was sent once and never again.
 */
public final class RequestRecorder implements AutoCloseable {
    private static final String TRANSPORT = "org.bigvdm.api.http.Transport";
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public RequestRecorder() {
        Logger transport = (Logger) LoggerFactory.getLogger(TRANSPORT);
        appender.start();
        transport.setLevel(Level.DEBUG);
        transport.addAppender(appender);
    }

    /** Requests with this method ("PUT") as each was sent: "PUT /accounts/…/discs/12". */
    public List<String> sent(String method) {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith(method + " ") && !m.contains(" -> ") && !m.contains(" failed")
                        && !m.contains("retrying")).toList();
    }

    /** Requests with this method that had an answer: "PUT /accounts/…/discs/12 -> 200". */
    public List<String> answered(String method) {
        return all().stream().filter(m -> m.startsWith(method + " ") && m.contains(" -> ")).toList();
    }

    public List<String> all() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        Logger transport = (Logger) LoggerFactory.getLogger(TRANSPORT);
        transport.detachAppender(appender);
        transport.setLevel(null);
    }
}
