package org.bigvdm.ui.backups;

import java.time.Instant;
import java.time.ZoneId;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.ui.common.SizeFormat;

/** One backup as the pane lists it: label, when, size, manual or scheduled, in progress or done. */
public record BackupItem(Backup backup, String label, String when, String size, String kind, String state) {

    static BackupItem of(Backup b, Instant now, ZoneId zone) {
        String when = BackupTimes.takenAt(b.label())
                .map(at -> BackupWords.when(at, zone) + " (" + BackupWords.ago(at, now) + ")").orElse("");
        String size = b.size() == null ? "" : SizeFormat.mib(b.size());
        String kind = b.manual() == null ? "" : b.manual() ? "manual" : "scheduled";
        return new BackupItem(b, b.label(), when, size, kind, b.inProgress() ? "in progress" : "done");
    }

    public long id() {
        return backup.id();
    }
}
