package org.bigvdm.ui.backups;

import org.bigvdm.api.model.BackupSchedule;

/** One schedule as the pane lists it: "every day at 00:00, keep 7". */
public record ScheduleItem(BackupSchedule schedule, String text) {
    @Override
    public String toString() {
        return text;
    }
}
