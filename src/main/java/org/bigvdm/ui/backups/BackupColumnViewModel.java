package org.bigvdm.ui.backups;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.bigvdm.service.backup.BackupService;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.discs.DiscRow;

/**
 * The disc table's Backups column: "7, latest 2 h ago", "none". The count comes with the disc;
 * when the newest was taken needs the disc's backup list, read in the background once for each
 * shown disc that has backups (and again when its count changes), at most {@link #READS_PER_UPDATE}
 * at a time so a big group does not flood the service.
 */
public final class BackupColumnViewModel {
    static final int READS_PER_UPDATE = 24;

    private final BackupService backups;
    private final Clock clock;
    private final Map<Long, Integer> readAtCount = new HashMap<>();
    private final ReadOnlyIntegerWrapper version = new ReadOnlyIntegerWrapper();

    public BackupColumnViewModel(BackupService backups, ObservableList<DiscRow> rows, Clock clock) {
        this.backups = Objects.requireNonNull(backups);
        this.clock = Objects.requireNonNull(clock);
        rows.addListener((ListChangeListener<DiscRow>) c -> readLatest(rows));
        backups.subscribe(change -> {
            if (change.disc() != null) {
                readAtCount.remove(change.disc().id());
            }
        });
        readLatest(rows);
    }

    private void readLatest(ObservableList<DiscRow> rows) {
        int started = 0;
        for (DiscRow row : rows) {
            Integer count = row.disc().backupCount();
            if (count == null || count == 0 || Objects.equals(readAtCount.get(row.id()), count)) {
                continue;
            }
            if (started++ == READS_PER_UPDATE) {
                return;
            }
            readAtCount.put(row.id(), count);
            backups.read(ServerTarget.of(row.server()), row.id())
                    .onSuccess(read -> version.set(version.get() + 1))
                    .onFailure(e -> readAtCount.remove(row.id()))
                    .start();
        }
    }

    /** What the column shows for a row. */
    public String text(DiscRow row) {
        return BackupWords.count(row.disc().backupCount(), backups.latestKnown(row.id()), clock.instant());
    }

    /** Sorts: no backups first, then by count. */
    public static int sortKey(DiscRow row) {
        Integer c = row.disc().backupCount();
        return c == null ? 0 : c;
    }

    /** Changes whenever a newest-backup time was read: the cells show it then. */
    public ReadOnlyIntegerProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
