package org.bigvdm.service.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;

/**
 * Which running servers have disc changes they do not see yet: a disc added or grown while the
 * server ran needs a restart (clean shutdown, then start; a reset is not enough). Learnt from
 * the finished changes, kept across refreshes, and cleared once the app has seen the server
 * powered off and then on again (by any means: this app, another client, the guest itself).
 * Held in memory for the session. UI thread.
 */
public final class PendingRestarts {

    /** A disc grown on a running server: the guest must grow its partition and filesystem too. */
    public record Grown(String label, int position, long fromMib, long toMib) {
    }

    /**
     * What a server has pending.
     *
     * @param added   labels of discs added while it ran
     * @param grown   discs grown while it ran
     * @param seenOff the app has seen it powered off since; seen on again, the entry goes
     */
    public record Pending(long serverId, String serverName, List<String> added, List<Grown> grown, boolean seenOff) {
        public Pending {
            added = List.copyOf(added);
            grown = List.copyOf(grown);
        }
    }

    private final ObservableMap<Long, Pending> pending = FXCollections.observableHashMap();
    private final ObservableMap<Long, Pending> readOnly = FXCollections.unmodifiableObservableMap(pending);

    public PendingRestarts(ChangeService changes, EstateService estate) {
        Objects.requireNonNull(changes).subscribe(this::follow);
        estate.estateProperty().addListener((o, was, now) -> see(now));
    }

    /** Pending changes by server id. */
    public ObservableMap<Long, Pending> pending() {
        return readOnly;
    }

    public Optional<Pending> of(long serverId) {
        return Optional.ofNullable(pending.get(serverId));
    }

    private void follow(FinishedChange finished) {
        Change change = finished.change();
        if (finished.outcome().status() != ChangeOutcome.Status.DONE
                || (change.kind() != ChangeKind.CREATE_DISC && change.kind() != ChangeKind.RESIZE_DISC)) {
            return;
        }
        long id = change.server().serverId();
        Optional<VirtualMachine> vm = finished.reread().stream().filter(v -> v.id() == id).findFirst();
        if (vm.isEmpty() || !vm.get().powerOn()) {
            return;
        }
        Pending was = pending.get(id);
        List<String> added = new ArrayList<>(was == null || was.seenOff() ? List.of() : was.added());
        List<Grown> grown = new ArrayList<>(was == null || was.seenOff() ? List.of() : was.grown());
        if (finished.outcome().answer() instanceof Disc disc) {
            if (change.kind() == ChangeKind.CREATE_DISC) {
                added.add(disc.label());
            } else {
                long from = ((Number) change.before().getOrDefault("size", disc.size())).longValue();
                int position = positionOf(vm.get(), disc);
                grown.removeIf(g -> g.label().equals(disc.label()));
                grown.add(new Grown(disc.label(), position, from, disc.size()));
            }
        }
        pending.put(id, new Pending(id, vm.get().name(), added, grown, false));
    }

    private static int positionOf(VirtualMachine vm, Disc disc) {
        for (int i = 0; i < vm.discs().size(); i++) {
            if (vm.discs().get(i).id() == disc.id()) {
                return i;
            }
        }
        return -1;
    }

    private void see(Estate estate) {
        for (Pending p : List.copyOf(pending.values())) {
            Optional<ServerEntry> server = estate.server(p.serverId());
            if (server.isEmpty() || server.get().vm().deleted()) {
                pending.remove(p.serverId());
            } else if (!server.get().vm().powerOn() && !p.seenOff()) {
                pending.put(p.serverId(), new Pending(p.serverId(), p.serverName(), p.added(), p.grown(), true));
            } else if (server.get().vm().powerOn() && p.seenOff()) {
                pending.remove(p.serverId());
            }
        }
    }
}
