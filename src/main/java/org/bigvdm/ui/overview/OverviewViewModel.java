package org.bigvdm.ui.overview;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.backup.BackupReads;
import org.bigvdm.service.overview.BackupAges;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.overview.Slice;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;

/**
 * The overview of the selected account, or of all accounts: worked out on a worker thread from
 * the estate already loaded each time the node or the estate changes (an older answer that
 * arrives late is dropped). Clicking a figure narrows the tree and the table to what it counts
 * ({@link #show}), until {@link #clearFocus}. Backup ages ({@link #countBackupAges}) are worked
 * out the same way, and again after each backup list read.
 */
public final class OverviewViewModel {
    private final ObservableValue<Estate> estate;
    private final ObservableValue<String> selectedKey;
    private final ServerTreeViewModel tree;
    private final DiscTableViewModel table;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<EstateOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Slice> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BackupAges> backupAges = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding applies;
    private long generation;
    private BackupReads backupReads;
    private Clock clock;
    /** A count of backup ages is on its way; another is wanted once it is back. */
    private boolean agesCounting;
    private boolean agesAgain;

    public OverviewViewModel(ObservableValue<Estate> estate, ServerTreeViewModel tree, DiscTableViewModel table,
                             TaskRunner runner) {
        this.estate = Objects.requireNonNull(estate);
        this.tree = Objects.requireNonNull(tree);
        this.table = Objects.requireNonNull(table);
        this.runner = Objects.requireNonNull(runner);
        this.selectedKey = tree.selectedKeyProperty();
        applies = Bindings.createBooleanBinding(() -> summarises(selectedKey.getValue()), selectedKey);
        estate.addListener((o, a, b) -> recompute());
        selectedKey.addListener((o, a, b) -> recompute());
        estate.addListener((o, a, b) -> countAges());
        selectedKey.addListener((o, a, b) -> countAges());
        recompute();
    }

    /**
     * Also counts the discs whose newest backup is over a week old, over the backup lists read so
     * far (no request of its own), again each time another list is read.
     */
    public void countBackupAges(BackupReads reads, Clock clock) {
        this.backupReads = Objects.requireNonNull(reads);
        this.clock = Objects.requireNonNull(clock);
        reads.subscribeReads(this::countAges);
        countAges();
    }

    /** Backup ages in the selected node, or null while none applies, none is counted or it is on its way. */
    public ReadOnlyObjectProperty<BackupAges> backupAgesProperty() {
        return backupAges.getReadOnlyProperty();
    }

    /** True for the nodes that have an overview: "All accounts" and each account. */
    static boolean summarises(String key) {
        return key != null && (key.equals(NodeKeys.ALL) || (key.startsWith("a") && !key.contains("/")));
    }

    /** The selected node has an overview (it may still be on its way). */
    public BooleanBinding appliesProperty() {
        return applies;
    }

    /** The overview of the selected node, or null while none applies or it is being worked out. */
    public ReadOnlyObjectProperty<EstateOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** The figure the tree and table are narrowed to, or null. */
    public ReadOnlyObjectProperty<Slice> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** Shows only what this figure counts, in the tree and in the table. */
    public void show(Slice slice) {
        focus.set(slice);
        tree.onlyServersProperty().set(slice.servers());
        table.onlyDiscsProperty().set(slice.discs());
    }

    /** Shows everything again. */
    public void clearFocus() {
        focus.set(null);
        tree.onlyServersProperty().set(null);
        table.onlyDiscsProperty().set(null);
    }

    /** At most one count at a time: a burst of list reads (the Backups column reads 24 at once) gives two. */
    private void countAges() {
        if (backupReads == null) {
            return;
        }
        String key = selectedKey.getValue();
        BackupAges shown = backupAges.get();
        if (!summarises(key) || (shown != null && !shown.key().equals(key))) {
            backupAges.set(null);
        }
        if (!summarises(key)) {
            return;
        }
        if (agesCounting) {
            agesAgain = true;
            return;
        }
        agesCounting = true;
        Estate now = estate.getValue();
        BackupReads reads = backupReads;
        Instant at = clock.instant();
        runner.task("Counting backup ages", () -> BackupAges.of(now, key, reads, at))
                .onFinished(() -> agesCounting = false)
                .onSuccess(result -> {
                    if (!countAgainIfAsked() && key.equals(selectedKey.getValue())) {
                        backupAges.set(result);
                    }
                })
                .onFailure(e -> countAgainIfAsked())
                .start();
    }

    /** Starts the count asked for while the last one ran; true if it did (the last one's answer is old). */
    private boolean countAgainIfAsked() {
        if (!agesAgain) {
            return false;
        }
        agesAgain = false;
        countAges();
        return true;
    }

    private void recompute() {
        long mine = ++generation;
        String key = selectedKey.getValue();
        if (!summarises(key)) {
            overview.set(null);
            return;
        }
        Estate now = estate.getValue();
        EstateOverview shown = overview.get();
        if (shown != null && !shown.key().equals(key)) {
            overview.set(null);
        }
        runner.task("Summing up " + (NodeKeys.ALL.equals(key) ? "all accounts" : "the account"),
                        () -> EstateOverview.of(now, key))
                .onSuccess(result -> {
                    if (mine == generation) {
                        overview.set(result);
                    }
                })
                .start();
    }
}
