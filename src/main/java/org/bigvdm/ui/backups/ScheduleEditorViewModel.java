package org.bigvdm.ui.backups;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.form.FieldState;

/**
 * Adds a backup schedule, or changes one: the service cannot edit a schedule, so "Change"
 * removes the old one and then adds the new one, in that order, and says exactly which step
 * failed if one did. Every field is checked with {@link BackupRules} as typed, with the
 * simulator's own messages, and a live estimate shows the backup space: size × Σ capacity.
 */
public final class ScheduleEditorViewModel extends BackupFormViewModel<BackupSchedule> {
    /** Before the message of a failed first step of a change. */
    public static final String STEP_1_FAILED = "Step 1 of 2 (removing the old schedule) failed: ";
    /** Before the message of a failed second step: the old schedule is gone by then. */
    public static final String STEP_2_FAILED =
            "Step 2 of 2 (adding the new schedule) failed, and the old schedule is already removed: ";

    private static final DateTimeFormatter FIRST_RUN =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

    private final List<BackupSchedule> others;
    private final BackupSchedule replacing;
    private final Clock clock;
    private final ObjectProperty<SchedulePreset> preset = new SimpleObjectProperty<>(SchedulePreset.DAILY);
    private final StringProperty startAt = new SimpleStringProperty("00:00");
    private final StringProperty intervalSeconds = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("7");
    private final FieldState startAtField;
    private final FieldState intervalField;
    private final FieldState capacityField;
    private final StringBinding estimate;
    private final StringBinding firstRun;

    /**
     * @param schedules the disc's schedules as read
     * @param replacing the schedule to change, or null to add one
     */
    public ScheduleEditorViewModel(ChangeService changes, ServerContext server, Disc disc,
                                   List<BackupSchedule> schedules, BackupSchedule replacing, Clock clock) {
        super(changes, server, disc);
        this.replacing = replacing;
        this.others = schedules.stream().filter(s -> replacing == null || !s.equals(replacing)).toList();
        this.clock = clock;
        if (replacing != null) {
            preset.set(SchedulePreset.of(replacing.intervalSeconds()));
            startAt.set(startText(replacing));
            intervalSeconds.set(replacing.intervalSeconds() == null ? "" : replacing.intervalSeconds().toString());
            capacity.set(replacing.capacity() == null ? "" : replacing.capacity().toString());
        }
        startAtField = field(BackupRules.START_AT, () -> problem(BackupRules.START_AT,
                BackupRules.startAtProblem(startAt.get())), startAt);
        intervalField = field(BackupRules.INTERVAL, () -> preset.get() != SchedulePreset.CUSTOM ? Optional.empty()
                : problem(BackupRules.INTERVAL, BackupRules.intervalProblem(intervalSeconds.get())),
                intervalSeconds, preset);
        capacityField = field(BackupRules.CAPACITY, () -> problem(BackupRules.CAPACITY,
                BackupRules.capacityProblem(capacity.get())), capacity);
        estimate = Bindings.createStringBinding(this::estimateText, capacity);
        firstRun = Bindings.createStringBinding(this::firstRunText, startAt, intervalSeconds, preset);
        block(server.whyDiscsCannotChange());
    }

    private static Optional<String> problem(String field, Optional<String> fragment) {
        return fragment.map(m -> sentence(field, List.of(m)));
    }

    /** "00:00" for a daily or hourly schedule; the whole start otherwise (the day matters). */
    private String startText(BackupSchedule s) {
        SchedulePreset p = SchedulePreset.of(s.intervalSeconds());
        Optional<ZonedDateTime> at = BackupTimes.parseStartAt(s.startAt(), clock.instant());
        if (at.isPresent() && (p == SchedulePreset.DAILY || p == SchedulePreset.HOURLY)) {
            return DateTimeFormatter.ofPattern("HH:mm").format(at.get());
        }
        return s.startAt() == null ? "" : s.startAt();
    }

    /** The interval to send, once the fields are valid. */
    private long interval() {
        SchedulePreset p = preset.get();
        return p == SchedulePreset.CUSTOM ? BackupRules.wholeNumber(intervalSeconds.get()) : p.seconds();
    }

    /** The request body exactly as it will be sent, once {@link #canSubmitProperty()} holds. */
    public BackupScheduleSpec spec() {
        return new BackupScheduleSpec(startAt.get().strip(), interval(), BackupRules.wholeNumber(capacity.get()));
    }

    @Override
    protected java.util.List<org.bigvdm.service.change.ChangeRequest<?>> requests() {
        BackupScheduleSpec spec = spec();
        return replacing == null ? java.util.List.of(BackupChanges.addSchedule(server.target(), disc, spec))
                : java.util.List.of(BackupChanges.removeSchedule(server.target(), disc, replacing),
                BackupChanges.addSchedule(server.target(), disc, spec));
    }

    @Override
    protected void send() {
        BackupScheduleSpec spec = spec();
        if (replacing == null) {
            step(BackupChanges.addSchedule(server.target(), disc, spec), "", this::finish);
        } else {
            step(BackupChanges.removeSchedule(server.target(), disc, replacing), STEP_1_FAILED,
                    removed -> step(BackupChanges.addSchedule(server.target(), disc, spec), STEP_2_FAILED,
                            this::finish));
        }
    }

    @Override
    protected String goneMessage() {
        return replacing == null ? "The disc " + disc.label() + " is no longer there. The list was read again."
                : "The schedule or its disc is no longer there: it was removed elsewhere. The backups were read again.";
    }

    /**
     * "Backup space: up to 25 GiB × 7 = 175 GiB", with the disc's other schedules in the sum:
     * "25 GiB × (7 + 4) = 275 GiB".
     */
    private String estimateText() {
        if (BackupRules.capacityProblem(capacity.get()).isPresent()) {
            return "Backup space: enter how many backups to keep";
        }
        long keep = BackupRules.wholeNumber(capacity.get());
        StringBuilder sum = new StringBuilder().append(keep);
        long total = keep;
        for (BackupSchedule s : others) {
            int c = s.capacity() == null ? 0 : s.capacity();
            sum.append(" + ").append(c);
            total += c;
        }
        String factor = others.isEmpty() ? sum.toString() : "(" + sum + ")";
        String more = others.isEmpty() ? "" : others.size() == 1 ? ", with the disc's other schedule"
                : ", with the disc's " + others.size() + " other schedules";
        return "Backup space: up to " + SizeFormat.mib(disc.size()) + " × " + factor + " = "
                + SizeFormat.mib(disc.size() * total) + more;
    }

    /** "First backup: Wed 2 Dec 2026 00:00 UK time", once the start and interval are valid; else "". */
    private String firstRunText() {
        if (BackupRules.startAtProblem(startAt.get()).isPresent() || (preset.get() == SchedulePreset.CUSTOM
                && BackupRules.intervalProblem(intervalSeconds.get()).isPresent())) {
            return "";
        }
        Instant now = clock.instant();
        Instant start = BackupTimes.parseStartAt(startAt.get(), now).orElseThrow().toInstant();
        Instant first = BackupTimes.nextRun(start, interval(), now);
        return "First backup: " + FIRST_RUN.format(first.atZone(BackupTimes.SERVICE_ZONE)) + " UK time";
    }

    public StringBinding firstRunProperty() {
        return firstRun;
    }

    /** "UK time (Europe/London, now GMT)": the service reads a start time without a zone so. */
    public String zoneText() {
        String now = BackupTimes.SERVICE_ZONE.getRules().isDaylightSavings(clock.instant()) ? "BST" : "GMT";
        return "UK time (" + BackupTimes.SERVICE_ZONE.getId() + ", now " + now + ")";
    }

    /** "every 6 hours" under a custom interval, "" while it is not a valid one. */
    public StringBinding intervalWordsProperty() {
        return Bindings.createStringBinding(() -> preset.get() == SchedulePreset.CUSTOM
                && BackupRules.intervalProblem(intervalSeconds.get()).isEmpty()
                ? "= " + BackupWords.every(BackupRules.wholeNumber(intervalSeconds.get())) : "",
                preset, intervalSeconds);
    }

    public boolean changing() {
        return replacing != null;
    }

    public ObjectProperty<SchedulePreset> presetProperty() {
        return preset;
    }

    public StringProperty startAtProperty() {
        return startAt;
    }

    public StringProperty intervalSecondsProperty() {
        return intervalSeconds;
    }

    public StringProperty capacityProperty() {
        return capacity;
    }

    public FieldState startAtField() {
        return startAtField;
    }

    public FieldState intervalField() {
        return intervalField;
    }

    public FieldState capacityField() {
        return capacityField;
    }

    public StringBinding estimateProperty() {
        return estimate;
    }
}
