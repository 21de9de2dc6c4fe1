package org.bigvdm.ui.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.backups.SchedulePreset;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;

/**
 * Adds one backup schedule to several discs at once: hourly, daily or weekly from a start time
 * (UK time, as the service counts), keeping N. The fields are checked with the service's own
 * rules ({@link BackupRules}) before the preview offers anything; each disc's row says why not
 * where its server may not change or a backup is being restored onto it.
 */
public final class BulkScheduleViewModel extends BulkRunViewModel {
    /** The presets offered here; a custom interval is for one disc at a time, in its own editor. */
    public static final List<SchedulePreset> PRESETS =
            List.of(SchedulePreset.HOURLY, SchedulePreset.DAILY, SchedulePreset.WEEKLY);

    private final List<DiscRow> discs;
    private final AccessRights access;
    private final Definitions definitions;
    private final ObjectProperty<SchedulePreset> preset = new SimpleObjectProperty<>(SchedulePreset.DAILY);
    private final StringProperty startAt = new SimpleStringProperty("00:00");
    private final StringProperty capacity = new SimpleStringProperty("7");

    public BulkScheduleViewModel(BulkSender sender, AccessRights access, Definitions definitions,
                                 List<DiscRow> discs) {
        super(sender, "get the schedule");
        this.discs = List.copyOf(discs);
        this.access = access;
        this.definitions = definitions;
        preset.addListener(o -> update());
        startAt.addListener(o -> update());
        capacity.addListener(o -> update());
        update();
    }

    public ObjectProperty<SchedulePreset> presetProperty() {
        return preset;
    }

    /** "00:00", "2026-12-03 02:30:00 Europe/London", or RFC 3339: the service's forms. */
    public StringProperty startAtProperty() {
        return startAt;
    }

    /** How many of this schedule's backups to keep. */
    public StringProperty capacityProperty() {
        return capacity;
    }

    private void update() {
        String start = startAt.get() == null ? "" : startAt.get();
        String keep = capacity.get() == null ? "" : capacity.get();
        Optional<String> problem = BackupRules.startAtProblem(start).map(p -> "Start time " + p)
                .or(() -> BackupRules.capacityProblem(keep).map(p -> "Keep " + p));
        inputProblem(problem.orElse(""));
        BackupScheduleSpec spec = problem.isPresent() || preset.get() == null ? null
                : new BackupScheduleSpec(start.strip(), preset.get().seconds(), BackupRules.wholeNumber(keep));
        List<BulkRow> rows = new ArrayList<>();
        for (DiscRow r : discs) {
            rows.add(row(r, spec));
        }
        preview(rows);
    }

    private BulkRow row(DiscRow r, BackupScheduleSpec spec) {
        Disc d = r.disc();
        int schedules = d.backupSchedules().size();
        String now = schedules == 0 ? "no schedule" : schedules == 1 ? "1 schedule" : schedules + " schedules";
        Optional<String> why = ServerContext.of(r.server(), access, definitions).whyDiscsCannotChange();
        if (why.isEmpty() && d.restoring()) {
            why = Optional.of("a backup is being restored onto it");
        }
        if (why.isEmpty() && spec == null) {
            why = Optional.of("fill in the schedule first");
        }
        if (why.isPresent()) {
            return BulkRow.refused(r.label(), r.serverName(), now, "–", why.get());
        }
        return BulkRow.allowed(r.label(), r.serverName(), now, "+ " + words(spec),
                BackupChanges.addSchedule(ServerTarget.of(r.server()), d, spec), null);
    }

    /** "every day from 00:00, keep 7". */
    static String words(BackupScheduleSpec spec) {
        return SchedulePreset.of((int) spec.intervalSeconds()).toString().toLowerCase(Locale.ROOT)
                + " from " + spec.startAt() + ", keep " + spec.capacity();
    }
}
