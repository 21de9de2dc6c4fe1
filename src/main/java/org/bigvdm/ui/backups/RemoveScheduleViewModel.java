package org.bigvdm.ui.backups;

import java.time.Clock;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.dialogs.ServerContext;

/** Removes a backup schedule; the backups it took stay until deleted. */
public final class RemoveScheduleViewModel extends BackupFormViewModel<BackupSchedule> {
    private final BackupSchedule schedule;
    private final Clock clock;

    public RemoveScheduleViewModel(ChangeService changes, ServerContext server, Disc disc, BackupSchedule schedule,
                                   Clock clock) {
        super(changes, server, disc);
        this.schedule = schedule;
        this.clock = clock;
        block(server.whyDiscsCannotChange());
    }

    @Override
    protected java.util.List<org.bigvdm.service.change.ChangeRequest<?>> requests() {
        return java.util.List.of(BackupChanges.removeSchedule(server.target(), disc, schedule));
    }

    @Override
    protected void send() {
        step(BackupChanges.removeSchedule(server.target(), disc, schedule), "", this::finish);
    }

    @Override
    protected String goneMessage() {
        return "The schedule is no longer there: it was removed elsewhere. The backups were read again.";
    }

    public String warning() {
        return "The disc " + disc.label() + " will no longer be backed up " + BackupWords.schedule(schedule,
                clock.instant()) + ". The backups this schedule took stay until you delete them.";
    }
}
