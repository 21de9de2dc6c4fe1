package org.bigvdm.ui.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.PowerChanges;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;

/**
 * The preview rows of the bulk actions other than grow: Back up now (one row per disc), and Start,
 * Shut down and Stop (one row per server of the selected discs), each allowed or with the reason
 * it is not.
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
        return perServer(discs, access, definitions, "it cannot be started", false, "running", PowerChanges::start);
    }

    /**
     * A clean shutdown of each running server holding a selected disc: autoreboot off and the
     * powerdown signal, once per server. The guests power off in their own time; the tree shows
     * it at the next read. No hard stop follows by itself.
     */
    public static List<BulkRow> shutDown(List<DiscRow> discs, AccessRights access, Definitions definitions) {
        return perServer(discs, access, definitions, "it cannot be shut down", true, "powering off",
                PowerChanges::shutdown);
    }

    /** The hard stop of each running server holding a selected disc, once per server. */
    public static List<BulkRow> stop(List<DiscRow> discs, AccessRights access, Definitions definitions) {
        return perServer(discs, access, definitions, "it cannot be stopped", true, "off", PowerChanges::stop);
    }

    /**
     * One row per server of the selected discs, in the order first seen: refused when the server
     * cannot change, or when it is not in the power state the action starts from.
     */
    private static List<BulkRow> perServer(List<DiscRow> discs, AccessRights access, Definitions definitions,
                                           String cannot, boolean mustBeOn, String after,
                                           Function<ServerEntry, ChangeRequest<?>> request) {
        Map<Long, ServerEntry> servers = new LinkedHashMap<>();
        discs.forEach(r -> servers.putIfAbsent(r.server().vm().id(), r.server()));
        List<BulkRow> rows = new ArrayList<>();
        for (ServerEntry s : servers.values()) {
            boolean on = s.vm().powerOn();
            String now = on ? "running" : "off";
            Optional<String> why = ServerContext.of(s, access, definitions).whyDiscsCannotChange()
                    .map(w -> w.replace("its discs cannot change", cannot))
                    .or(() -> on == mustBeOn ? Optional.empty()
                            : Optional.of(on ? "already running" : "already off"));
            rows.add(why.isPresent() ? BulkRow.refused(s.vm().name(), s.group().name(), now, "–", why.get())
                    : BulkRow.allowed(s.vm().name(), s.group().name(), now, after, request.apply(s), null));
        }
        return rows;
    }
}
