package org.bigvdm.ui.backups;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.Job;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.UserError;
import org.bigvdm.service.backup.BackupService;
import org.bigvdm.service.backup.DiscBackups;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;

/**
 * The Backups pane of the selected disc: its backups and schedules as last read, and the
 * commands on them. Reads go through {@link BackupService} (again after every backup change on
 * this disc); writes through the change service, each sent once. "Back up now" waits for the
 * backup by reading the list until it is done; a lost answer is settled by reading the list.
 */
public final class BackupsViewModel {
    /** The selected disc is gone (404 on reading it). */
    static String goneDisc(String label) {
        return "The disc " + label + " is no longer there: it was purged or moved elsewhere.";
    }

    /** A backup is gone (404). */
    static String goneBackup(String label) {
        return "The backup " + label + " is no longer there: it was deleted elsewhere. The backups were read again.";
    }

    /** What the app needs to show and change a disc's backups. */
    public record Services(BackupService backups, ChangeService changes, EstateService estate, AccessRights access) {
    }

    private final Services services;
    private ServerPower serverPower;
    private final BackupDialogs dialogs;
    private final Clock clock;
    private final ZoneId zone;

    private final ObservableList<BackupItem> backups = FXCollections.observableArrayList();
    private final ObservableList<ScheduleItem> schedules = FXCollections.observableArrayList();
    private final ObjectProperty<BackupItem> selectedBackup = new SimpleObjectProperty<>();
    private final ObjectProperty<ScheduleItem> selectedSchedule = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper space = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper whyNoChange = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    private ServerEntry server;
    private Disc disc;
    private DiscBackups read;
    private Job reading;
    private Long waitingForDisc;

    public BackupsViewModel(Services services, ObservableValue<DiscRow> selected, BackupDialogs dialogs, Clock clock,
                            ZoneId zone) {
        this.services = Objects.requireNonNull(services);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
        this.zone = Objects.requireNonNull(zone);
        selected.addListener((o, was, row) -> show(row));
        services.backups().subscribe(this::changed);
        // a 403 learnt elsewhere makes this account read-only: say so at once
        services.access().changes().addListener(o -> updateWhyNoChange());
        show(selected.getValue());
    }

    private void show(DiscRow row) {
        boolean sameDisc = row != null && disc != null && row.id() == disc.id();
        boolean unchanged = sameDisc && Objects.equals(row.disc().backupCount(), disc.backupCount())
                && row.disc().backupSchedules().equals(disc.backupSchedules())
                && row.disc().restoring() == disc.restoring();
        server = row == null ? null : row.server();
        disc = row == null ? null : row.disc();
        updateWhyNoChange();
        if (row == null) {
            cancelRead();
            read = null;
            backups.clear();
            schedules.clear();
            loaded.set(false);
            heading.set("Backups");
            emptyText.set("Select a disc to see its backups.");
            space.set("");
            message.set("");
            return;
        }
        heading.set("Backups of " + disc.label() + " on " + server.vm().name());
        if (!sameDisc) {
            message.set("");
            backups.clear();
            schedules.clear();
            loaded.set(false);
            emptyText.set("Reading the backups of " + disc.label() + "…");
        }
        if (!unchanged) {
            refresh();
        }
    }

    private void updateWhyNoChange() {
        whyNoChange.set(server == null ? "Select a disc first" : context().whyDiscsCannotChange().orElse(null));
    }

    /** After a finished backup change: if it touched this disc, read it again. */
    private void changed(Change change) {
        if (disc != null && change.disc() != null && change.disc().id() == disc.id()) {
            refresh();
        }
    }

    /** Reads the shown disc's backups and schedules again. */
    public void refresh() {
        if (disc == null) {
            return;
        }
        cancelRead();
        long discId = disc.id();
        String label = disc.label();
        reading = services.backups().read(target(), discId)
                .onSuccess(this::showRead)
                .onFailure(e -> {
                    if (disc == null || disc.id() != discId) {
                        return;
                    }
                    if (e.kind() == UserError.Kind.GONE) {
                        backups.clear();
                        schedules.clear();
                        emptyText.set(goneDisc(label));
                        message.set(goneDisc(label));
                    } else {
                        message.set("Could not read the backups: " + e.oneLine());
                    }
                })
                .start();
    }

    private void cancelRead() {
        if (reading != null && !reading.isDone()) {
            reading.cancel();
        }
    }

    private void showRead(DiscBackups fresh) {
        if (disc == null || fresh.disc().id() != disc.id()) {
            return;
        }
        read = fresh;
        disc = fresh.disc();
        Long keepBackup = selectedBackup.get() == null ? null : selectedBackup.get().id();
        ScheduleItem keepSchedule = selectedSchedule.get();
        // newest first: the list answers oldest first
        List<BackupItem> items = new ArrayList<>();
        fresh.backups().forEach(b -> items.add(0, BackupItem.of(b, clock.instant(), zone)));
        backups.setAll(items);
        schedules.setAll(fresh.schedules().stream()
                .map(s -> new ScheduleItem(s, BackupWords.schedule(s, clock.instant()))).toList());
        selectedBackup.set(items.stream().filter(i -> Objects.equals(i.id(), keepBackup)).findFirst().orElse(null));
        selectedSchedule.set(keepSchedule == null ? null : schedules.stream()
                .filter(s -> s.schedule().equals(keepSchedule.schedule())).findFirst().orElse(null));
        loaded.set(true);
        emptyText.set("No backups of " + disc.label() + " yet. Back up now takes one.");
        long spaceMib = BackupRules.backupSpaceMib(disc.size(), fresh.schedules());
        space.set(fresh.schedules().isEmpty() ? "No schedule: only manual backups are taken."
                : "Scheduled backups take up to " + SizeFormat.mib(spaceMib) + " (" + SizeFormat.mib(disc.size())
                + " × " + fresh.schedules().stream().mapToInt(s -> s.capacity() == null ? 0 : s.capacity()).sum()
                + ")");
    }

    // --- commands ---

    /**
     * Takes a manual backup and waits for it, reading the list until it is done. Sent once: a
     * second click while it runs does nothing, and a lost answer is settled by reading the list.
     */
    public void backUpNow() {
        if (disc == null || backingUp.get() || whyNoChange.get() != null) {
            return;
        }
        ServerTarget target = target();
        Disc asked = disc;
        Set<Long> before = read == null ? Set.of() : read.backups().stream().map(Backup::id).collect(Collectors.toSet());
        backingUp.set(true);
        waitingForDisc = asked.id();
        progressText.set("Asking for a backup of " + asked.label() + "…");
        message.set("");
        services.changes().prepare(BackupChanges.takeBackup(target, asked), outcome -> {
            switch (outcome.status()) {
                case DONE -> waitFor(target, asked, outcome.answer(), "");
                case UNKNOWN -> settleLostAnswer(target, asked, before, outcome.error());
                case GONE -> stopped(goneDisc(asked.label()));
                case CANCELLED -> stopped("");
                default -> stopped("The backup was refused: " + refusal(outcome));
            }
        }, () -> message.set(BackupFormViewModel.SIGNED_IN_AGAIN)).start();
    }

    /** No answer came: the list says whether the backup was taken. Nothing is sent again. */
    private void settleLostAnswer(ServerTarget target, Disc asked, Set<Long> before, UserError error) {
        progressText.set("No answer came; reading the list to see whether a backup was taken…");
        services.backups().read(target, asked.id()).onSuccess(fresh -> {
            showRead(fresh);
            Optional<Backup> taken = fresh.backups().stream().filter(b -> !before.contains(b.id()))
                    .reduce((a, b) -> b);
            if (taken.isPresent()) {
                waitFor(target, asked, taken.get(), "No answer came (" + error.oneLine() + "), but the list shows"
                        + " the backup was taken. ");
            } else {
                stopped("No answer came (" + error.oneLine() + ") and the list shows no new backup: none was"
                        + " taken. Nothing was sent again; Back up now asks once more.");
            }
        }).onFailure(e -> stopped("No answer came (" + error.oneLine() + ") and the list could not be read ("
                + e.oneLine() + "). Nothing was sent again; check the list before backing up again.")).start();
    }

    private void waitFor(ServerTarget target, Disc asked, Backup backup, String note) {
        if (!backup.inProgress()) {
            stopped(note + "The backup " + backup.label() + " is done.");
            return;
        }
        progressText.set(note + "Backing up " + asked.label() + ": " + backup.label() + " in progress…");
        services.backups().waitUntilDone(target, asked.id(), backup)
                .onSuccess(done -> {
                    stopped(note + "The backup " + done.label() + " is done.");
                    if (disc != null && disc.id() == asked.id()) {
                        refresh();
                    }
                })
                .onFailure(e -> {
                    stopped(e.kind() == UserError.Kind.GONE ? goneBackup(backup.label())
                            : "Stopped waiting for " + backup.label() + ": " + e.oneLine()
                            + ". Nothing was sent again; the list shows how it stands.");
                    if (disc != null && disc.id() == asked.id()) {
                        refresh();
                    }
                })
                .start();
    }

    private void stopped(String words) {
        backingUp.set(false);
        waitingForDisc = null;
        progressText.set("");
        message.set(words);
    }

    private static String refusal(ChangeOutcome<?> outcome) {
        UserError e = outcome.error();
        if (e.fieldErrors().isEmpty()) {
            return e.oneLine();
        }
        return e.fieldErrors().entrySet().stream().map(f -> BackupFormViewModel.sentence(f.getKey(), f.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** Asks, then deletes the selected backup. */
    public void deleteSelected() {
        BackupItem item = selectedBackup.get();
        if (item == null || read == null || whyNoChange.get() != null) {
            return;
        }
        dialogs.deleteBackup(new DeleteBackupViewModel(services.changes(), context(), disc, item.backup(),
                read.backups(), zone)).ifPresent(b -> message.set("Deleted the backup " + b.label() + "."));
    }

    /** The app's one {@link ServerPower}: the restore dialog then offers to shut a running server down first. */
    public void offerShutDownWith(ServerPower power) {
        this.serverPower = power;
    }

    /** Opens the restore dialog for the selected backup. */
    public void restoreSelected() {
        BackupItem item = selectedBackup.get();
        if (item == null || read == null || whyNoChange.get() != null) {
            return;
        }
        ServerEntry now = services.estate().estate().server(server.vm().id()).orElse(server);
        ServerPower power = serverPower;
        RestoreViewModel.ShutDown first = power == null ? null : done -> power.shutDown(now, done);
        dialogs.restore(new RestoreViewModel(services.changes(), context(), disc, item.backup(), zone, first))
                .ifPresent(b -> message.set("Restoring " + disc.label() + " from " + b.label()
                        + ". A backup of the disc as it was is listed first."));
    }

    public void addSchedule() {
        editSchedule(null);
    }

    /** Changes the selected schedule: removes it, then adds the new one. */
    public void changeSelectedSchedule() {
        ScheduleItem item = selectedSchedule.get();
        if (item != null) {
            editSchedule(item.schedule());
        }
    }

    private void editSchedule(BackupSchedule replacing) {
        if (read == null || whyNoChange.get() != null) {
            return;
        }
        dialogs.editSchedule(new ScheduleEditorViewModel(services.changes(), context(), disc, read.schedules(),
                replacing, clock)).ifPresent(s -> message.set((replacing == null ? "Added" : "Changed")
                + " the schedule: " + disc.label() + " is backed up " + BackupWords.schedule(s, clock.instant()) + "."));
    }

    public void removeSelectedSchedule() {
        ScheduleItem item = selectedSchedule.get();
        if (item == null || read == null || whyNoChange.get() != null) {
            return;
        }
        dialogs.removeSchedule(new RemoveScheduleViewModel(services.changes(), context(), disc, item.schedule(),
                clock)).ifPresent(s -> message.set("Removed the schedule " + item.text() + "."));
    }

    /** The server as the estate has it now (its power may have changed since the row was made). */
    private ServerContext context() {
        ServerEntry now = services.estate().estate().server(server.vm().id()).orElse(server);
        return ServerContext.of(now, services.access(), services.estate().definitionsProperty().get());
    }

    private ServerTarget target() {
        return ServerTarget.of(server);
    }

    // --- what the view binds to ---

    public ObservableList<BackupItem> backups() {
        return backups;
    }

    public ObservableList<ScheduleItem> schedules() {
        return schedules;
    }

    public ObjectProperty<BackupItem> selectedBackupProperty() {
        return selectedBackup;
    }

    public ObjectProperty<ScheduleItem> selectedScheduleProperty() {
        return selectedSchedule;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The last thing that happened: done, refused, gone. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What a running backup is doing; empty when none runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The schedules' backup space: size × Σ capacity. */
    public ReadOnlyStringProperty spaceProperty() {
        return space.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Why nothing can change here (no disc, deleted server, read-only), or null. */
    public ReadOnlyStringProperty whyNoChangeProperty() {
        return whyNoChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }

    /** True once the shown disc's backups were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public BooleanBinding canBackUpProperty() {
        return Bindings.createBooleanBinding(() -> whyNoChange.get() == null && !backingUp.get() && loaded.get(),
                whyNoChange, backingUp, loaded);
    }

    public BooleanBinding backupSelectedProperty() {
        return Bindings.createBooleanBinding(() -> whyNoChange.get() == null && selectedBackup.get() != null,
                whyNoChange, selectedBackup);
    }

    public BooleanBinding scheduleSelectedProperty() {
        return Bindings.createBooleanBinding(() -> whyNoChange.get() == null && selectedSchedule.get() != null,
                whyNoChange, selectedSchedule);
    }

    public BooleanBinding canAddScheduleProperty() {
        return Bindings.createBooleanBinding(() -> whyNoChange.get() == null && loaded.get(), whyNoChange, loaded);
    }

    /** The disc a backup is being waited for, or null. */
    Long waitingForDisc() {
        return waitingForDisc;
    }
}
