package org.bigvdm.service.journal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.service.Signal;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.session.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The activity journal: hears every finished change and every session event, and appends each
 * as one entry through the writer (one background thread, so entries keep their order and the
 * UI thread never waits for a disc). A write that fails is reported once ({@link
 * #problemProperty()}) and the app carries on; the entry still reaches the open Activity panel.
 */
public final class Journal {
    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final JournalStore store;
    private final Executor writer;
    private final Executor ui;
    private final Clock clock;
    private final Signal<JournalLine> added = new Signal<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean problemReported;   // UI thread only

    /**
     * @param writer runs the appends in order, off the UI thread
     * @param ui     runs on the UI thread (a write problem is told there)
     */
    public Journal(JournalStore store, Executor writer, Executor ui, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records every finished change and every sign-in, sign-out and refused sign-in from now on. */
    public void listenTo(ChangeService changes, SessionService sessions) {
        changes.subscribe(finished -> record(JournalEntries.of(finished)));
        sessions.subscribeSessionEvents(event -> record(JournalEntries.of(event, clock.instant())));
    }

    /** Appends one entry (UI thread); the panel hears of it at once, the disc a moment later. */
    public void record(JournalEntry entry) {
        added.emit(JournalLine.of(entry));
        writer.execute(() -> {
            try {
                store.append(entry);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not write the activity journal in {}: {}", store.folder(), e.toString());
                ui.execute(() -> reportOnce("The activity journal cannot be written (" + reason(e)
                        + "); the app carries on without it"));
            }
        });
    }

    /** Hears each new entry, newest last. UI thread. */
    public void subscribe(Consumer<? super JournalLine> subscriber) {
        added.subscribe(subscriber);
    }

    /** Reads what is stored, newest first; blocking, so off the UI thread. */
    public JournalRead read() throws IOException {
        return store.read();
    }

    /** The month files, oldest first; blocking. */
    public List<Path> files() throws IOException {
        return store.files();
    }

    /** One month file, newest first; blocking. */
    public JournalRead read(Path month) throws IOException {
        return store.read(month);
    }

    public JournalStore store() {
        return store;
    }

    /** Why the journal cannot be written, once, or "": for the status bar. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void reportOnce(String text) {
        if (!problemReported) {
            problemReported = true;
            problem.set(text);
        }
    }

    private static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.ReadOnlyFileSystemException) {
            return "the folder is read-only";
        }
        if (e.getMessage() != null && e.getMessage().contains("No space left")) {
            return "the disc is full";
        }
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
