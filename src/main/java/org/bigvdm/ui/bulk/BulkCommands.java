package org.bigvdm.ui.bulk;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;

/**
 * The bulk commands on the discs selected in the table: each builds its ViewModel with the
 * preview and hands it to {@link BulkDialogs}. Bulk purge is deliberately not one of them.
 * New bulk actions (back up now, add a schedule, power) build their rows as {@link BulkRow}s
 * over their {@code ChangeRequest}s and run through the same {@link BulkRunViewModel}.
 */
public final class BulkCommands {
    private final BulkSender sender;
    private final AccessRights access;
    private final ObservableValue<Definitions> definitions;
    private final DiscTableViewModel table;
    private final BulkDialogs dialogs;
    private final StringBinding whyNoBulk;

    public BulkCommands(BulkSender sender, AccessRights access, ObservableValue<Definitions> definitions,
                        DiscTableViewModel table, BulkDialogs dialogs) {
        this.sender = Objects.requireNonNull(sender);
        this.access = Objects.requireNonNull(access);
        this.definitions = Objects.requireNonNull(definitions);
        this.table = Objects.requireNonNull(table);
        this.dialogs = Objects.requireNonNull(dialogs);
        whyNoBulk = Bindings.createStringBinding(() -> table.selectedRows().isEmpty() ? "Select discs first" : null,
                table.selectedRows());
    }

    /** Why no bulk action applies now (nothing selected), or null. */
    public StringBinding whyNoBulkProperty() {
        return whyNoBulk;
    }

    /** A backup of each selected disc now, after a preview. */
    public void backUpSelected() {
        List<DiscRow> rows = List.copyOf(table.selectedRows());
        if (!rows.isEmpty()) {
            dialogs.run("Back up " + count(rows.size(), "disc") + " now", "Back up", "Disc",
                    BulkRunViewModel.of(sender, "be backed up", BulkRows.backUp(rows, access, definitions.getValue())));
        }
    }

    /** Power on the servers of the selected discs, after a preview. */
    public void startSelectedServers() {
        power("Start", "start", BulkRows::start);
    }

    /** A clean shutdown of the servers of the selected discs, after a preview. */
    public void shutDownSelectedServers() {
        power("Shut down", "shut down", BulkRows::shutDown);
    }

    /** The hard stop of the servers of the selected discs, after a preview. */
    public void stopSelectedServers() {
        power("Stop", "stop", BulkRows::stop);
    }

    private void power(String title, String verb, PowerRows build) {
        List<DiscRow> rows = List.copyOf(table.selectedRows());
        if (!rows.isEmpty()) {
            List<BulkRow> servers = build.rows(rows, access, definitions.getValue());
            dialogs.run(title + " " + count(servers.size(), "server"), title, "Server",
                    BulkRunViewModel.of(sender, verb, servers));
        }
    }

    /** Builds one preview row per server of the selected discs. */
    @FunctionalInterface
    private interface PowerRows {
        List<BulkRow> rows(List<DiscRow> discs, AccessRights access, Definitions definitions);
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** One backup schedule added to each selected disc, after a preview. */
    public void addScheduleToSelected() {
        List<DiscRow> rows = List.copyOf(table.selectedRows());
        if (!rows.isEmpty()) {
            dialogs.schedule(new BulkScheduleViewModel(sender, access, definitions.getValue(), rows));
        }
    }

    /** Grow the selected discs by +N or to N, after a preview. */
    public void growSelected() {
        List<DiscRow> rows = List.copyOf(table.selectedRows());
        if (!rows.isEmpty()) {
            dialogs.grow(new BulkGrowViewModel(sender, access, definitions.getValue(), rows));
        }
    }
}
