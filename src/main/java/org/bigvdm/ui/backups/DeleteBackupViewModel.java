package org.bigvdm.ui.backups;

import java.time.ZoneId;
import java.util.List;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.dialogs.ServerContext;

/**
 * Deletes one backup for good, after saying what is lost: which backup, when it was taken, its
 * size, and whether the disc is left with none. The result is the deleted backup.
 */
public final class DeleteBackupViewModel extends BackupFormViewModel<Backup> {
    private final Backup backup;
    private final List<Backup> all;
    private final ZoneId zone;

    /** @param all the disc's backups as listed, to say how many remain */
    public DeleteBackupViewModel(ChangeService changes, ServerContext server, Disc disc, Backup backup,
                                 List<Backup> all, ZoneId zone) {
        super(changes, server, disc);
        this.backup = backup;
        this.all = List.copyOf(all);
        this.zone = zone;
        block(server.whyDiscsCannotChange());
    }

    @Override
    protected java.util.List<org.bigvdm.service.change.ChangeRequest<?>> requests() {
        return java.util.List.of(BackupChanges.deleteBackup(server.target(), disc, backup));
    }

    @Override
    protected void send() {
        step(BackupChanges.deleteBackup(server.target(), disc, backup), "", this::finish);
    }

    @Override
    protected String goneMessage() {
        return BackupsViewModel.goneBackup(backup.label());
    }

    /** What is lost, in one paragraph. */
    public String warning() {
        String taken = BackupTimes.takenAt(backup.label()).map(at -> ", taken " + BackupWords.when(at, zone))
                .orElse("");
        String size = backup.size() == null ? "" : " (" + SizeFormat.mib(backup.size()) + ")";
        long left = all.stream().filter(b -> b.id() != backup.id()).count();
        String after = left == 0 ? " The disc " + disc.label() + " will have no backups left."
                : " " + left + (left == 1 ? " other backup stays." : " other backups stay.");
        return "This deletes the backup " + backup.label() + size + taken + " of the disc " + disc.label()
                + " on " + server.serverName() + ". It cannot be restored from afterwards, and this cannot be undone."
                + after;
    }

    public Backup backup() {
        return backup;
    }
}
