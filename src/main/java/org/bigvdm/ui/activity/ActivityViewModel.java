package org.bigvdm.ui.activity;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.service.Job;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;
import org.bigvdm.service.command.CopyCommands;
import org.bigvdm.service.journal.Journal;
import org.bigvdm.service.journal.JournalEntries;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalExport;
import org.bigvdm.service.journal.JournalLine;
import org.bigvdm.service.journal.JournalRead;

/**
 * The Activity panel's state: every journal line newest first (read once, when the panel first
 * opens, off the UI thread; new entries join at the top), the filters, the selection and what
 * can be done with it. Lines are parsed only as far as a filter or a visible row needs them, so
 * 100,000 lines open at once.
 */
public final class ActivityViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int AT_START = "{\"at\":\"".length();
    /** The stored field names: a search for one of these (or for JSON's quoting) must read the entry. */
    private static final String FIELD_NAMES = String.join(" ", "at", "event", "user", "endpoint", "account", "group",
            "server", "serverkey", "discid", "disc", "kind", "what", "asked", "before", "after", "outcome",
            "message", "change", "sign_in", "sign_out", "sign_in_failed");

    private final Journal journal;
    private final TaskRunner runner;
    private final ActivityNavigator navigator;
    private final Consumer<String> clipboard;
    private final ZoneId zone;

    /** Every line read so far, newest first; UI thread only. */
    private final List<JournalLine> lines = new ArrayList<>();
    private final ObservableList<JournalLine> shown = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<JournalEntry.Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<JournalLine> selected = new SimpleObjectProperty<>();
    private final BooleanProperty open = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final List<JournalLine> arrivedWhileReading = new ArrayList<>();
    private final List<String> damagedFiles = new ArrayList<>();
    private Predicate<JournalLine> predicate;
    private Job filtering;
    private boolean loaded;
    private boolean reading;
    private int damaged;

    public ActivityViewModel(Journal journal, TaskRunner runner, ActivityNavigator navigator,
                             Consumer<String> clipboard, ZoneId zone) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (Observable o : List.of(filterText, outcome, from, to)) {
            o.addListener(x -> refilter());
        }
        journal.subscribe(this::arrived);
        open.addListener((o, was, isOpen) -> {
            if (isOpen) {
                load();
            }
        });
    }

    /**
     * Reads the journal the first time the panel opens, newest month first: the newest entries
     * show at once while older months are still being read, each in its own background task.
     */
    public void load() {
        if (loaded || reading) {
            return;
        }
        reading = true;
        status.set("Reading the activity journal…");
        runner.task("Reading the activity journal", journal::files)
                .onSuccess(files -> {
                    List<Path> newestFirst = new ArrayList<>(files);
                    java.util.Collections.reverse(newestFirst);
                    readMonths(newestFirst, 0);
                })
                .onFailure(this::unreadable)
                .start();
    }

    private void readMonths(List<Path> newestFirst, int next) {
        if (next >= newestFirst.size()) {
            reading = false;
            if (!loaded) {
                addLines(List.of(), true, predicate, List.of());
            }
            updateCount();
            return;
        }
        Predicate<JournalLine> p = predicate;
        // the month is filtered where it is read, so a filter set meanwhile costs the UI thread nothing
        runner.task("Reading the activity journal", () -> {
                    JournalRead month = journal.read(newestFirst.get(next));
                    return new Month(month, p == null ? month.lines() : month.lines().stream().filter(p).toList());
                })
                .onSuccess(month -> {
                    damaged += month.read().damaged();
                    damagedFiles.addAll(month.read().damagedFiles());
                    addLines(month.read().lines(), next == 0, p, month.matching());
                    readMonths(newestFirst, next + 1);
                })
                .onFailure(this::unreadable)
                .start();
    }

    private void unreadable(UserError e) {
        reading = false;
        status.set("The activity journal could not be read: " + e.oneLine());
    }

    /** Older lines join at the end; the newest month also settles what arrived meanwhile. */
    private record Month(JournalRead read, List<JournalLine> matching) {
    }

    private void addLines(List<JournalLine> older, boolean newestMonth, Predicate<JournalLine> filteredWith,
                          List<JournalLine> matching) {
        List<JournalLine> chunk = new ArrayList<>(older);
        if (newestMonth) {
            // a line recorded while the files were read may be in both: keep it once
            for (JournalLine line : arrivedWhileReading) {
                boolean stored = chunk.stream().limit(arrivedWhileReading.size() + 8L)
                        .anyMatch(l -> l.raw().equals(line.raw()));
                if (!stored) {
                    chunk.add(0, line);
                }
            }
            arrivedWhileReading.clear();
            loaded = true;
            lines.addAll(0, chunk);
        } else {
            lines.addAll(chunk);
        }
        if (predicate != filteredWith) {
            refilter();
            return;
        }
        List<JournalLine> add = predicate == null ? chunk : new ArrayList<>(matching);
        if (newestMonth && predicate != null) {
            chunk.stream().filter(l -> !older.contains(l) && predicate.test(l)).forEach(l -> add.add(0, l));
        }
        if (newestMonth) {
            shown.addAll(0, add);
        } else {
            shown.addAll(add);
        }
        updateCount();
    }

    private void arrived(JournalLine line) {
        if (loaded) {
            lines.add(0, line);
            if (predicate == null || predicate.test(line)) {
                shown.add(0, line);
            }
            updateCount();
        } else if (reading) {
            arrivedWhileReading.add(0, line);
        }
    }

    /** Filters off the UI thread: a keystroke never waits for 100,000 lines. */
    private void refilter() {
        predicate = predicate();
        if (filtering != null) {
            filtering.cancel();
            filtering = null;
        }
        if (predicate == null) {
            shown.setAll(lines);
            updateCount();
            return;
        }
        List<JournalLine> all = new ArrayList<>(lines);
        Predicate<JournalLine> p = predicate;
        filtering = runner.task("Filtering the activity", () -> all.stream().filter(p).toList())
                .onSuccess(found -> {
                    shown.setAll(found);
                    updateCount();
                })
                .start();
    }

    private void updateCount() {
        if (!loaded) {
            return;
        }
        String count = shown.size() == lines.size() ? lines.size() + (lines.size() == 1 ? " entry" : " entries")
                : shown.size() + " of " + lines.size() + " entries";
        if (reading) {
            count += " (reading older months…)";
        }
        status.set(damaged == 0 ? count : count + " · " + damagedReport());
    }

    private String damagedReport() {
        return new JournalRead(List.of(), damaged, damagedFiles).damagedReport();
    }

    private Predicate<JournalLine> predicate() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        JournalEntry.Outcome wanted = outcome.get();
        String outcomeText = wanted == null ? null : "\"outcome\":\"" + wanted.name() + "\"";
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (text.isEmpty() && wanted == null && first == null && last == null) {
            return null;
        }
        boolean mustRead = FIELD_NAMES.contains(text) || text.contains("\"") || text.contains("\\")
                || text.contains(":") || text.contains("{") || text.contains(",");
        return line -> {
            if (outcomeText != null && !line.raw().contains(outcomeText)) {
                return false;
            }
            if (first != null || last != null) {
                LocalDate day = day(line);
                if (day == null || (first != null && day.isBefore(first)) || (last != null && day.isAfter(last))) {
                    return false;
                }
            }
            if (!text.isEmpty()) {
                // the raw text decides, unless the words could be the JSON's own: then the entry does
                if (!line.rawContains(text)) {
                    return false;
                }
                if (!mustRead) {
                    return true;
                }
                JournalEntry e = line.entry();
                return e != null && e.searchText().contains(text);
            }
            return true;
        };
    }

    /** The day of a line in this zone, read from its first field without parsing the rest. */
    private LocalDate day(JournalLine line) {
        String raw = line.raw();
        int end = raw.indexOf('"', AT_START);
        if (end < 0) {
            return null;
        }
        try {
            return Instant.parse(raw.substring(AT_START, end)).atZone(zone).toLocalDate();
        } catch (DateTimeException e) {
            return null;
        }
    }

    // --- actions ---

    /** Shows the selected entry's server (and disc) if it still exists; says so if not. */
    public void jumpToSelected() {
        JournalEntry e = selectedEntry().orElse(null);
        if (e == null || e.serverKey() == null) {
            return;
        }
        if (!navigator.show(e.serverKey(), e.discId())) {
            status.set(e.server() + " is no longer there");
        }
    }

    /** The selected change as the bytemark command and the curl request, on the clipboard. */
    public void copySelectedAsCommand() {
        selectedCommands().ifPresent(c -> {
            clipboard.accept(c.text());
            status.set("Copied the command for: " + selectedEntry().map(JournalEntry::what).orElse(""));
        });
    }

    public Optional<CopyCommands> selectedCommands() {
        return selectedEntry().flatMap(JournalEntries::commands);
    }

    /** Writes the entries shown now (the filters are the range) to {@code file}, off the UI thread. */
    public void export(JournalExport.Format format, Path file) {
        List<JournalEntry> entries = new ArrayList<>(shown.size());
        for (JournalLine line : shown) {
            JournalEntry e = line.entry();
            if (e != null) {
                entries.add(e);
            }
        }
        status.set("Exporting " + entries.size() + " entries…");
        runner.task("Exporting the activity journal", () -> {
            JournalExport.write(entries, format, file);
            return entries.size();
        }).onSuccess(n -> status.set("Exported " + n + (n == 1 ? " entry" : " entries") + " to " + file))
                .onFailure(e -> status.set("Could not export: " + e.oneLine()))
                .start();
    }

    /** "2026-11-29 10:15:30" in the user's zone. */
    public String when(JournalEntry entry) {
        return WHEN.format(entry.at().atZone(zone));
    }

    private Optional<JournalEntry> selectedEntry() {
        JournalLine line = selected.get();
        return line == null ? Optional.empty() : Optional.ofNullable(line.entry());
    }

    // --- what the view binds to ---

    /** The lines that pass the filters, newest first. */
    public ObservableList<JournalLine> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Only entries that ended this way; null for all. */
    public ObjectProperty<JournalEntry.Outcome> outcomeProperty() {
        return outcome;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<JournalLine> selectedProperty() {
        return selected;
    }

    /** True while the drawer is open; opening it the first time reads the journal. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** "1,234 entries", "12 of 1,234 entries", what an action did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
