package org.bigvdm.ui.discs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.IdentityLists;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.common.EstateFilter;
import org.bigvdm.ui.common.SizeFormat;

/**
 * The discs of the selected node: one server's, or every disc under a group or account (then
 * with a Server column). Rows are replaced only when they really changed, and the selected disc
 * is kept by id, so refreshes do not flicker or lose the user's place.
 */
public final class DiscTableViewModel {
    private final ObservableValue<Estate> estate;
    private final ObservableValue<Definitions> definitions;
    private final ObservableValue<String> selectedNodeKey;

    private final ObservableList<DiscRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<DiscRow> selectedRow = new SimpleObjectProperty<>();
    private final ObservableList<DiscRow> selectedRows = FXCollections.observableArrayList();
    private final ObjectProperty<Set<Long>> onlyDiscs = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper showServerColumn = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anyMigrating = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ObjectProperty<EstateFilter> filter = new SimpleObjectProperty<>(EstateFilter.NONE);
    private Long wantedDiscId;
    /** Ids of the selected discs a refresh or a filter must keep selected; a new node drops them. */
    private Set<Long> wantedDiscIds = Set.of();
    /**
     * This estate's rows by disc id: listing "All accounts" again (77,000 discs) reuses them
     * instead of making new ones each time, and unchanged rows then compare by identity.
     */
    private final Map<Long, DiscRow> rowsOfEstate = new HashMap<>();
    private Estate rowsEstate;
    private Definitions rowsDefinitions;

    public DiscTableViewModel(ObservableValue<Estate> estate, ObservableValue<Definitions> definitions,
                              ObservableValue<String> selectedNodeKey) {
        this.estate = estate;
        this.definitions = definitions;
        this.selectedNodeKey = selectedNodeKey;
        estate.addListener((o, a, b) -> update());
        definitions.addListener((o, a, b) -> update());
        filter.addListener((o, a, b) -> update());
        onlyDiscs.addListener((o, a, b) -> update());
        selectedNodeKey.addListener((o, a, b) -> {
            wantedDiscId = null;
            wantedDiscIds = Set.of();
            update();
        });
        selectedRow.addListener((o, a, row) -> {
            if (row != null) {
                wantedDiscId = row.id();
            }
        });
        selectedRows.addListener((ListChangeListener<DiscRow>) c -> {
            Set<Long> ids = new HashSet<>();
            selectedRows.forEach(r -> ids.add(r.id()));
            wantedDiscIds = ids;
        });
        update();
    }

    public ObservableList<DiscRow> rows() {
        return rows;
    }

    /** The row the user selected; the View writes it, refreshes keep it by disc id. */
    public ObjectProperty<DiscRow> selectedRowProperty() {
        return selectedRow;
    }

    /**
     * Every selected row (the table allows several); the View keeps it in step both ways. A
     * refresh or a filter keeps every selected disc still listed (by id); another node clears it.
     */
    public ObservableList<DiscRow> selectedRows() {
        return selectedRows;
    }

    /** When set, only these discs are shown: what a figure of the overview counts. Null shows all. */
    public ObjectProperty<Set<Long>> onlyDiscsProperty() {
        return onlyDiscs;
    }

    public ReadOnlyBooleanProperty showServerColumnProperty() {
        return showServerColumn.getReadOnlyProperty();
    }

    /** True while a listed disc moves between pools: only then does the Migration column show. */
    public ReadOnlyBooleanProperty anyMigratingProperty() {
        return anyMigrating.getReadOnlyProperty();
    }

    /** What the table says when it has no rows. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** A line above the table naming what is shown, e.g. "web1 · 3 discs, 60 GiB". */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The tree's filter: a group or account lists only the discs it matches (a server, all its own). */
    public ObjectProperty<EstateFilter> filterProperty() {
        return filter;
    }

    /** Asks that the disc with this id be selected once it is in the rows (after a create). */
    public void selectDiscWhenShown(long discId) {
        wantedDiscId = discId;
        reselect();
    }

    private void update() {
        Estate now = estate.getValue();
        String key = selectedNodeKey.getValue();
        List<ServerEntry> servers = key == null ? List.of() : now.serversWithin(key);
        boolean single = now.serverAt(key).isPresent();
        EstateFilter match = single || filter.get() == null ? EstateFilter.NONE : filter.get();
        if (match.isActive()) {
            servers = servers.stream().filter(s -> match.matchesServer(s.vm())).toList();
        }
        Definitions defs = definitions.getValue();
        if (now != rowsEstate || defs != rowsDefinitions) {
            rowsOfEstate.clear();
            rowsEstate = now;
            rowsDefinitions = defs;
        }
        List<DiscRow> fresh = new ArrayList<>();
        Set<Long> only = onlyDiscs.get();
        for (ServerEntry s : servers) {
            for (Disc d : s.vm().discs()) {
                if (only != null && !only.contains(d.id())) {
                    continue;
                }
                if (match.matchesDisc(s.vm(), d)) {
                    fresh.add(rowFor(d, s, defs));
                }
            }
        }
        showServerColumn.set(!single);
        anyMigrating.set(fresh.stream().anyMatch(r -> r.disc().migrating()));
        emptyMessage.set(emptyText(key, single, servers));
        heading.set(headingText(single, servers, fresh));
        Set<Long> keep = wantedDiscIds;
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        keepSelected(keep);
        reselect();
    }

    private DiscRow rowFor(Disc disc, ServerEntry server, Definitions defs) {
        DiscRow known = rowsOfEstate.get(disc.id());
        if (known != null && known.disc() == disc && known.server() == server) {
            return known;
        }
        DiscRow row = DiscRow.of(disc, server, defs);
        rowsOfEstate.put(disc.id(), row);
        return row;
    }

    /** The selected discs still listed stay selected, as this list's rows. */
    private void keepSelected(Set<Long> ids) {
        List<DiscRow> still = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (DiscRow r : rows) {
                if (ids.contains(r.id())) {
                    still.add(r);
                }
            }
        }
        // equal rows of an older estate are not enough: the selection must hold the listed rows
        if (!IdentityLists.same(still, selectedRows)) {
            selectedRows.setAll(still);
        }
        wantedDiscIds = ids;
    }

    private void reselect() {
        DiscRow match = null;
        if (wantedDiscId != null) {
            for (DiscRow r : rows) {
                if (r.id() == wantedDiscId) {
                    match = r;
                    break;
                }
            }
        }
        if (!Objects.equals(selectedRow.get(), match)) {
            Long keep = wantedDiscId;
            selectedRow.set(match);
            wantedDiscId = keep;
        }
    }

    private static String emptyText(String key, boolean single, List<ServerEntry> servers) {
        if (key == null) {
            return "Select a server on the left to see its discs.";
        }
        if (single) {
            return servers.get(0).vm().deleted()
                    ? "This deleted server has no discs."
                    : "No discs yet. Add disc… (Ctrl+N) creates one.";
        }
        return servers.isEmpty() ? "No servers here." : "No discs on these servers.";
    }

    private static String headingText(boolean single, List<ServerEntry> servers, List<DiscRow> rows) {
        long total = rows.stream().mapToLong(DiscRow::sizeMib).sum();
        String discs = rows.size() == 1 ? "1 disc" : rows.size() + " discs";
        String size = SizeFormat.mib(total);
        if (single) {
            ServerEntry s = servers.get(0);
            return s.vm().name() + " · " + discs + ", " + size;
        }
        if (servers.isEmpty()) {
            return "";
        }
        String sv = servers.size() == 1 ? "1 server" : servers.size() + " servers";
        return sv + " · " + discs + ", " + size;
    }
}
