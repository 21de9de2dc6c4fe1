package org.bigvdm.ui.move;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.change.MoveChanges;
import org.bigvdm.service.change.MoveChecks;
import org.bigvdm.service.change.MoveChecks.Refusal;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.move.MovePickerViewModel.Check;

/**
 * Moving a disc to another server, from "Move to…" or by dragging its row onto a server in the
 * tree. Every rule is checked before anything is sent, with the reason in words; when only
 * running servers stand in the way the user is offered a clean shutdown of them first. The move
 * is one PUT through the change service, never re-sent; both servers are read again after it.
 */
public final class MoveViewModel {
    private final ObservableValue<Estate> estate;
    private final ObservableValue<DiscRow> selectedDisc;
    private final AccessRights access;
    private final ServerPower power;
    private final MoveDialogs dialogs;
    private final Consumer<String> notify;
    private final ReadOnlyObjectWrapper<DiscRow> dragging = new ReadOnlyObjectWrapper<>();
    private final StringBinding whyNoMove;

    public MoveViewModel(ObservableValue<Estate> estate, ObservableValue<DiscRow> selectedDisc, AccessRights access,
                         ServerPower power, MoveDialogs dialogs, Consumer<String> notify) {
        this.estate = Objects.requireNonNull(estate);
        this.selectedDisc = Objects.requireNonNull(selectedDisc);
        this.access = Objects.requireNonNull(access);
        this.power = Objects.requireNonNull(power);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.notify = Objects.requireNonNull(notify);
        whyNoMove = Bindings.createStringBinding(() -> {
            DiscRow row = selectedDisc.getValue();
            return row == null ? "Select a disc first" : whyDiscCannotLeave(row).orElse(null);
        }, selectedDisc, access.changes());
    }

    /** Why "Move to…" is off for the selected disc (none, a deleted or read-only server), or null. */
    public StringBinding whyNoMoveProperty() {
        return whyNoMove;
    }

    private Optional<String> whyDiscCannotLeave(DiscRow row) {
        ServerEntry s = row.server();
        if (s.vm().deleted()) {
            return Optional.of("The server " + s.vm().name() + " is deleted: its discs cannot move.");
        }
        if (!access.mayChange(s)) {
            return Optional.of("You may look at the server " + s.vm().name() + " but not change it.");
        }
        return Optional.empty();
    }

    /** "Move to…": the picker, then the move. */
    public void moveSelected() {
        DiscRow row = selectedDisc.getValue();
        if (row == null || whyNoMove.get() != null) {
            return;
        }
        ServerEntry from = current(row.server()).orElse(row.server());
        List<ServerEntry> others = new ArrayList<>(estate.getValue().servers().stream()
                .filter(s -> s.vm().id() != from.vm().id() && !s.vm().deleted()).toList());
        MovePickerViewModel picker = new MovePickerViewModel(row.label(), from.vm().name(), others,
                to -> check(from, row.disc(), to));
        dialogs.pickTarget(picker).ifPresent(to -> move(from, row.disc(), to));
    }

    /** The first reason a move to {@code to} is refused, and whether only running servers stand in the way. */
    Optional<Check> check(ServerEntry from, Disc disc, ServerEntry to) {
        List<Refusal> refusals = MoveChecks.check(from, disc, to, access);
        if (refusals.isEmpty()) {
            return Optional.empty();
        }
        boolean onlyPower = refusals.stream().allMatch(r -> r.rule() == MoveChecks.Rule.POWERED_ON);
        return Optional.of(new Check(refusals.get(0).reason(), onlyPower));
    }

    /**
     * Moves the disc after checking every rule: refused with the reason, or (only servers running)
     * after a clean shutdown the user agreed to. Sent once.
     */
    public void move(ServerEntry from, Disc disc, ServerEntry to) {
        List<Refusal> refusals = MoveChecks.check(from, disc, to, access);
        if (refusals.isEmpty()) {
            send(from, disc, to);
            return;
        }
        Refusal first = refusals.get(0);
        if (refusals.stream().anyMatch(r -> r.rule() != MoveChecks.Rule.POWERED_ON)) {
            dialogs.explain("Cannot move " + disc.label(), first.reason());
            return;
        }
        List<String> running = first.running().stream().map(s -> s.vm().name()).toList();
        if (!dialogs.offerShutdown(first.reason(), running)) {
            return;
        }
        shutDownAll(new ArrayList<>(first.running()), () -> {
            Optional<ServerEntry> from2 = current(from);
            Optional<ServerEntry> to2 = current(to);
            if (from2.isEmpty() || to2.isEmpty()) {
                dialogs.explain("Cannot move " + disc.label(), "A server is no longer there.");
                return;
            }
            Disc disc2 = from2.get().vm().discs().stream().filter(d -> d.id() == disc.id()).findFirst().orElse(disc);
            Optional<Refusal> still = MoveChecks.first(from2.get(), disc2, to2.get(), access);
            if (still.isPresent()) {
                dialogs.explain("Cannot move " + disc.label(), still.get().reason());
            } else {
                send(from2.get(), disc2, to2.get());
            }
        });
    }

    private void shutDownAll(List<ServerEntry> servers, Runnable allOff) {
        if (servers.isEmpty()) {
            allOff.run();
            return;
        }
        ServerEntry next = servers.remove(0);
        power.shutDown(next, r -> {
            if (r.end() == ServerPower.End.OFF) {
                shutDownAll(servers, allOff);
            } else {
                dialogs.explain("Disc not moved", next.vm().name() + (r.end() == ServerPower.End.FAILED
                        ? " could not be shut down: " + r.error().oneLine()
                        : " is not off (" + r.end().name().toLowerCase().replace('_', ' ') + ")")
                        + ". Nothing was moved.");
            }
        });
    }

    private void send(ServerEntry from, Disc disc, ServerEntry to) {
        power.send(MoveChanges.move(from, disc, to), f -> ended(f, disc, from, to));
    }

    private void ended(FinishedChange f, Disc disc, ServerEntry from, ServerEntry to) {
        String what = disc.label() + " from " + from.vm().name() + " to " + to.vm().name();
        ChangeOutcome.Status status = f.outcome().status();
        boolean onTarget = f.reread().stream().filter(vm -> vm.id() == to.vm().id())
                .anyMatch(vm -> vm.discs().stream().anyMatch(d -> d.id() == disc.id()));
        if (status == ChangeOutcome.Status.DONE) {
            notify.accept("Moved disc " + what + ".");
        } else if (status == ChangeOutcome.Status.UNKNOWN) {
            dialogs.explain("No answer to the move", "No answer came for moving " + what + ". Both servers were"
                    + " read again: the disc is " + (onTarget ? "on " + to.vm().name() + ", so it was moved."
                    : "not on " + to.vm().name() + ". Nothing was sent again; try again if you still want it."));
        } else {
            dialogs.explain("Disc not moved", "Moving " + what + " failed: "
                    + (f.outcome().error() == null ? "no reason given" : f.outcome().error().oneLine()));
        }
    }

    private Optional<ServerEntry> current(ServerEntry s) {
        return estate.getValue().server(s.vm().id());
    }

    // --- drag and drop -------------------------------------------------------------------------

    /** A disc row being dragged, or null. */
    public ReadOnlyObjectProperty<DiscRow> draggingProperty() {
        return dragging.getReadOnlyProperty();
    }

    /** A drag of this row began; a row whose disc may not leave its server is not dragged. */
    public boolean startDrag(DiscRow row) {
        if (row == null || whyDiscCannotLeave(row).isPresent()) {
            return false;
        }
        dragging.set(row);
        return true;
    }

    /** Escape, or the drag ended elsewhere. */
    public void cancelDrag() {
        dragging.set(null);
    }

    /**
     * While dragging: why the disc cannot be dropped on the tree node with this key, or null.
     * A server that only needs shutting down first counts as a target (the drop offers it).
     */
    public String whyNotDropOn(String nodeKey) {
        DiscRow row = dragging.get();
        if (row == null) {
            return "Nothing is being dragged";
        }
        Optional<ServerEntry> to = estate.getValue().serverAt(nodeKey);
        if (to.isEmpty()) {
            return "Drop the disc on a server";
        }
        ServerEntry from = current(row.server()).orElse(row.server());
        return check(from, row.disc(), to.get()).filter(c -> !c.onlyPower()).map(Check::reason).orElse(null);
    }

    /** While dragging: the disc may go to this server once running servers are shut down (a drop offers it). */
    public boolean needsShutdownFirst(String nodeKey) {
        DiscRow row = dragging.get();
        Optional<ServerEntry> to = row == null ? Optional.empty() : estate.getValue().serverAt(nodeKey);
        return to.isPresent() && check(current(row.server()).orElse(row.server()), row.disc(), to.get())
                .filter(Check::onlyPower).isPresent();
    }

    /** What a target says while the disc is over it: the refusal, or what a drop will do. */
    public String dropHint(String nodeKey) {
        String why = whyNotDropOn(nodeKey);
        if (why != null) {
            return why;
        }
        DiscRow row = dragging.get();
        ServerEntry to = estate.getValue().serverAt(nodeKey).orElseThrow();
        ServerEntry from = current(row.server()).orElse(row.server());
        return check(from, row.disc(), to).map(c -> c.reason() + " Drop to shut down first.")
                .orElse("Move " + row.label() + " to " + to.vm().name());
    }

    /** The disc was dropped on this tree node: the move, as from the picker. */
    public void dropOn(String nodeKey) {
        DiscRow row = dragging.get();
        if (row == null) {
            return;
        }
        String why = whyNotDropOn(nodeKey);
        dragging.set(null);
        if (why != null) {
            notify.accept(why);
            return;
        }
        Optional<ServerEntry> to = estate.getValue().serverAt(nodeKey);
        if (to.isPresent()) {
            move(current(row.server()).orElse(row.server()), row.disc(), to.get());
        }
    }
}
