package org.bigvdm.ui.backups;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.common.SizeFormat;

/**
 * Every disc in the estate that has no backup at all (and no schedule), on servers that are not
 * deleted: the estate-wide view "discs without backups". Follows the estate as it is read again;
 * {@link #show} takes the user to a disc in the main window.
 */
public final class DiscsWithoutBackupsViewModel {
    /** One disc without backups. */
    public record Row(ServerEntry server, Disc disc) {
        public String serverName() {
            return server.vm().name();
        }

        public String where() {
            return server.account().name() + " / " + server.group().name();
        }

        public String label() {
            return disc.label();
        }

        public String size() {
            return SizeFormat.mib(disc.size());
        }

        public String grade() {
            return disc.storageGrade() == null ? "" : disc.storageGrade();
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final BiConsumer<String, Long> showInMainWindow;

    /** @param showInMainWindow selects a server (by node key) and a disc (by id) in the main window */
    public DiscsWithoutBackupsViewModel(ObservableValue<Estate> estate, BiConsumer<String, Long> showInMainWindow) {
        this.showInMainWindow = Objects.requireNonNull(showInMainWindow);
        estate.addListener((o, was, now) -> update(now));
        update(estate.getValue());
    }

    private void update(Estate estate) {
        List<Row> fresh = new ArrayList<>();
        long discs = 0;
        for (ServerEntry s : estate.servers()) {
            if (s.vm().deleted()) {
                continue;
            }
            for (Disc d : s.vm().discs()) {
                discs++;
                if (unprotected(d)) {
                    fresh.add(new Row(s, d));
                }
            }
        }
        rows.setAll(fresh);
        summary.set(fresh.isEmpty() ? "Every disc has at least one backup."
                : fresh.size() + " of " + discs + " discs have no backup and no schedule.");
    }

    /** No backup at all, and nothing scheduled to take one. */
    static boolean unprotected(Disc d) {
        return d.backupCount() != null && d.backupCount() == 0 && d.backupSchedules().isEmpty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Selects the disc in the main window, where Back up now and Add schedule are. */
    public void show(Row row) {
        if (row != null) {
            showInMainWindow.accept(row.server().key(), row.disc().id());
        }
    }
}
