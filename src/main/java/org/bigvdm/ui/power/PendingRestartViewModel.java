package org.bigvdm.ui.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.PendingRestarts;
import org.bigvdm.service.change.PendingRestarts.Grown;
import org.bigvdm.service.change.PendingRestarts.Pending;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.power.PowerViewModel.Action;

/**
 * "Changes pending restart": the tree's mark on each server with disc changes it does not see
 * yet, and for the selected server the note above its discs with <b>Restart now</b> (Start, once
 * it is off) and, after a grow, the commands to run inside the guest with a Copy button.
 */
public final class PendingRestartViewModel {
    static final String MARK = "restart pending";
    static final String MARK_OFF = "changes apply at start";

    private final ObservableValue<ServerEntry> selected;
    private final PowerViewModel power;
    private final Consumer<String> copy;
    private final Consumer<String> notify;
    private final ObjectBinding<Pending> shown;
    private final StringBinding note;
    private final StringBinding commands;
    private final StringBinding actionText;

    /**
     * @param marks the tree's server marks ({@code ServerTreeViewModel.serverMarks()}), kept in step
     * @param copy  puts text on the clipboard
     */
    public PendingRestartViewModel(ObservableValue<ServerEntry> selected, PendingRestarts pending, PowerViewModel power,
                                   Map<Long, String> marks, Consumer<String> copy, Consumer<String> notify) {
        this.selected = Objects.requireNonNull(selected);
        this.power = Objects.requireNonNull(power);
        this.copy = Objects.requireNonNull(copy);
        this.notify = Objects.requireNonNull(notify);
        pending.pending().addListener((MapChangeListener<Long, Pending>) change -> {
            if (change.wasAdded()) {
                marks.put(change.getKey(), change.getValueAdded().seenOff() ? MARK_OFF : MARK);
            } else {
                marks.remove(change.getKey());
            }
        });
        pending.pending().forEach((id, p) -> marks.put(id, p.seenOff() ? MARK_OFF : MARK));
        shown = Bindings.createObjectBinding(() -> {
            ServerEntry s = selected.getValue();
            return s == null ? null : pending.pending().get(s.vm().id());
        }, selected, pending.pending());
        note = Bindings.createStringBinding(() -> shown.get() == null ? "" : noteFor(shown.get()), shown);
        commands = Bindings.createStringBinding(() -> shown.get() == null || shown.get().grown().isEmpty() ? ""
                : guestCommands(shown.get()), shown);
        actionText = Bindings.createStringBinding(() -> shown.get() != null && shown.get().seenOff() ? "Start"
                : "Restart now", shown);
    }

    /** Something is pending on the selected server: the note shows. */
    public BooleanBinding visibleProperty() {
        return shown.isNotNull();
    }

    public StringBinding noteProperty() {
        return note;
    }

    /** The guest commands after a grow, or empty. */
    public StringBinding commandsProperty() {
        return commands;
    }

    /** "Restart now", or "Start" once the server was seen off. */
    public StringBinding actionTextProperty() {
        return actionText;
    }

    /** Why the note's button is off now (a shutdown under way, a read-only account), or null. */
    public StringBinding whyNoActionProperty() {
        return Bindings.when(Bindings.createBooleanBinding(() -> shown.get() != null && shown.get().seenOff(), shown))
                .then(power.whyNotProperty(Action.START)).otherwise(power.whyNotProperty(Action.RESTART));
    }

    /** Restart now (with its confirmation), or Start for a server seen off. */
    public void act() {
        Pending p = shown.get();
        if (p != null) {
            power.run(p.seenOff() ? Action.START : Action.RESTART);
        }
    }

    public void copyCommands() {
        if (!commands.get().isEmpty()) {
            copy.accept(commands.get());
            notify.accept("Copied the commands for inside " + shown.get().serverName());
        }
    }

    static String noteFor(Pending p) {
        List<String> what = new ArrayList<>();
        if (!p.added().isEmpty()) {
            what.add((p.added().size() == 1 ? "disc " : "discs ") + String.join(", ", p.added()) + " added");
        }
        for (Grown g : p.grown()) {
            what.add(g.label() + " grown to " + SizeFormat.mib(g.toMib()));
        }
        String changes = String.join("; ", what);
        if (p.seenOff()) {
            return "Changes pending: " + changes + ". " + p.serverName() + " is off; it sees them when it starts.";
        }
        return "Changes pending restart: " + changes + ". " + p.serverName()
                + " sees them after a restart (a clean shutdown and a start; a reset is not enough).";
    }

    /** What to run inside the guest once it sees the bigger disc(s). */
    static String guestCommands(Pending p) {
        StringBuilder out = new StringBuilder("# Inside " + p.serverName()
                + " once restarted; pick the line for its filesystem.\n");
        for (Grown g : p.grown()) {
            String dev = device(g.position()).orElse("/dev/vdX");
            out.append("# ").append(g.label()).append(" (").append(dev).append("): ")
                    .append(SizeFormat.mib(g.fromMib())).append(" → ").append(SizeFormat.mib(g.toMib())).append('\n')
                    .append("sudo growpart ").append(dev).append(" 1       # if it is on partition 1\n")
                    .append("sudo resize2fs ").append(dev).append("1       # ext4 (").append(dev)
                    .append(" if no partition)\n")
                    .append("sudo xfs_growfs /mount/point   # XFS: its mount point\n");
        }
        return out.toString();
    }

    /** Discs appear in the guest as /dev/vda, /dev/vdb… in the server's disc order. */
    static Optional<String> device(int position) {
        return position < 0 || position >= 26 ? Optional.empty() : Optional.of("/dev/vd" + (char) ('a' + position));
    }
}
