package org.bigvdm.ui.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.PowerChanges;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;

/**
 * The preview rows of the bulk actions other than grow: Back up now (one row per disc) and Start
 * (one row per server of the selected discs), each allowed or with the reason it is not.
 */
public final class BulkRows {
    private BulkRows() {
    }

    /** A backup of each disc now; not on a deleted or read-only server, nor on a disc being restored. */
    public static List<BulkRow> backUp(List<DiscRow> discs, AccessRights access, Definitions definitions) {
        List<BulkRow> rows = new ArrayList<>();
        for (DiscRow r : discs) {
            Disc d = r.disc();
            int count = d.backupCount() == null ? 0 : d.backupCount();
            String now = count == 1 ? "1 backup" : count + " backups";
            Optional<String> why = ServerContext.of(r.server(), access, definitions).whyDiscsCannotChange();
            if (why.isEmpty() && d.restoring()) {
                why = Optional.of("a backup is being restored onto it");
            }
            rows.add(why.isPresent() ? BulkRow.refused(r.label(), r.serverName(), now, "–", why.get())
                    : BulkRow.allowed(r.label(), r.serverName(), now, "+1 backup",
                    BackupChanges.takeBackup(ServerTarget.of(r.server()), d), null));
        }
        return rows;
    }

    /** Power on each server holding a selected disc, once per server; not deleted, read-only or running ones. */
    public static List<BulkRow> start(List<DiscRow> discs, AccessRights access, Definitions definitions) {
        Map<Long, ServerEntry> servers = new LinkedHashMap<>();
        discs.forEach(r -> servers.putIfAbsent(r.server().vm().id(), r.server()));
        List<BulkRow> rows = new ArrayList<>();
        for (ServerEntry s : servers.values()) {
            String now = s.vm().powerOn() ? "running" : "off";
            Optional<String> why = ServerContext.of(s, access, definitions).whyDiscsCannotChange()
                    .map(w -> w.replace("its discs cannot change", "it cannot be started"))
                    .or(() -> s.vm().powerOn() ? Optional.of("already running") : Optional.empty());
            rows.add(why.isPresent() ? BulkRow.refused(s.vm().name(), s.group().name(), now, "–", why.get())
                    : BulkRow.allowed(s.vm().name(), s.group().name(), now, "running", PowerChanges.start(s), null));
        }
        return rows;
    }
}
