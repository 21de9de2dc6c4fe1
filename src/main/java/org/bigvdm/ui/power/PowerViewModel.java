package org.bigvdm.ui.power;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.change.PowerChanges;
import org.bigvdm.service.change.ServerPower;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.session.Identity;
import org.bigvdm.ui.power.PowerDialogs.Confirmation;
import org.bigvdm.ui.power.PowerDialogs.HardStopChoice;

/**
 * The power actions for the selected server (or several servers, for bulk callers): why each is
 * off now, in words, the one confirmation that names every server it touches, and what came of
 * it, in a short notification. Shutdowns and restarts wait through {@link ServerPower}; a
 * time-out offers a hard stop and never makes one by itself.
 */
public final class PowerViewModel {

    /** The actions, as menus and toolbars offer them. */
    public enum Action { START, SHUT_DOWN, STOP, RESTART, RESET, UNDELETE }

    private final ObservableValue<ServerEntry> selected;
    private final AccessRights access;
    private final ServerPower power;
    private final PowerDialogs dialogs;
    private final Consumer<String> notify;
    private final Map<Action, StringBinding> whyNot = new EnumMap<>(Action.class);

    /**
     * @param selected the server the actions apply to (the window's selected server), or null
     * @param notify   short messages for the status bar
     */
    public PowerViewModel(ObservableValue<ServerEntry> selected, AccessRights access, ServerPower power,
                          PowerDialogs dialogs, Consumer<String> notify) {
        this.selected = Objects.requireNonNull(selected);
        this.access = Objects.requireNonNull(access);
        this.power = Objects.requireNonNull(power);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.notify = Objects.requireNonNull(notify);
        for (Action a : Action.values()) {
            whyNot.put(a, Bindings.createStringBinding(() -> {
                ServerEntry s = selected.getValue();
                return s == null ? "Select a server first" : whyNot(a, s).orElse(null);
            }, selected, access.changes(), power.waits()));
        }
    }

    /** Shutdowns and restarts under way, each with its message and a way to stop waiting. */
    public ObservableList<ServerPower.Waiting> waits() {
        return power.waits();
    }

    /** Why the action cannot apply to the selected server now, or null when it can. */
    public StringBinding whyNotProperty(Action action) {
        return whyNot.get(action);
    }

    /** Why the action cannot apply to this server now, or empty when it can. */
    public Optional<String> whyNot(Action action, ServerEntry server) {
        VirtualMachine vm = server.vm();
        String name = vm.name();
        if (!access.mayChange(server)) {
            return Optional.of("You may look at " + name + " but not change it: account " + server.account().name()
                    + " is read-only for you.");
        }
        if (action == Action.UNDELETE) {
            return vm.deleted() ? Optional.empty() : Optional.of(name + " is not deleted.");
        }
        if (vm.deleted()) {
            return Optional.of(name + " is deleted. Undelete it first (View › Show deleted servers).");
        }
        Optional<ServerPower.Waiting> waiting = power.waitFor(vm.id());
        // a hard stop stays possible while a shutdown takes its time
        if (waiting.isPresent() && action != Action.STOP) {
            return Optional.of(name + " is " + (waiting.get().restart() ? "restarting" : "shutting down")
                    + " already.");
        }
        return switch (action) {
            case START -> vm.powerOn() ? Optional.of(name + " is already running.") : Optional.empty();
            case SHUT_DOWN, STOP, RESTART, RESET -> vm.powerOn() ? Optional.empty()
                    : Optional.of(name + " is powered off." + (action == Action.RESTART ? " Use Start." : ""));
            case UNDELETE -> Optional.empty();
        };
    }

    /** Runs the action on the selected server, if it applies. */
    public void run(Action action) {
        ServerEntry server = selected.getValue();
        if (server != null && whyNotProperty(action).get() == null) {
            run(action, List.of(server));
        }
    }

    /**
     * Runs the action on every server it applies to, after one confirmation naming them all
     * (for a single running server: stop, shut down, restart and reset ask; start and undelete
     * do not). Servers it does not apply to are left out and said so.
     */
    public void run(Action action, List<ServerEntry> servers) {
        List<ServerEntry> applicable = servers.stream().filter(s -> whyNot(action, s).isEmpty()).toList();
        if (applicable.isEmpty()) {
            servers.stream().findFirst().flatMap(s -> whyNot(action, s)).ifPresent(notify);
            return;
        }
        Optional<Confirmation> question = confirmation(action, applicable)
                .map(c -> c.withCommand(commandFor(action, applicable).orElse(null)));
        if (question.isPresent() && !dialogs.confirm(question.get())) {
            return;
        }
        List<String> leftOut = servers.stream().filter(s -> !applicable.contains(s))
                .map(s -> whyNot(action, s).orElse("")).toList();
        if (!leftOut.isEmpty()) {
            notify.accept("Left out: " + String.join(" ", leftOut));
        }
        for (ServerEntry server : applicable) {
            runOne(action, server);
        }
    }

    /** The question asked before the action, or empty when it needs none. */
    Optional<Confirmation> confirmation(Action action, List<ServerEntry> servers) {
        List<String> names = servers.stream().map(s -> s.vm().name()).toList();
        String them = servers.size() == 1 ? names.get(0) : servers.size() + " servers";
        boolean several = servers.size() > 1;
        return switch (action) {
            case START -> several ? Optional.of(new Confirmation("Start servers", "Start " + them + "?",
                    "Each is powered on.", names, null, "Start", false)) : Optional.empty();
            case UNDELETE -> several ? Optional.of(new Confirmation("Undelete servers", "Undelete " + them + "?",
                    "Each comes back powered off.", names, null, "Undelete", false)) : Optional.empty();
            case SHUT_DOWN -> Optional.of(new Confirmation("Shut down", "Shut down " + them + "?",
                    "The guest is asked to power off cleanly. This can take a minute or two; you can stop"
                            + " waiting at any time.", names, null, "Shut down", false));
            case STOP -> Optional.of(new Confirmation("Stop", "Stop " + them + " now?",
                    "Like pulling the plug: the guest gets no chance to shut down, and what it had not"
                            + " written to disc is lost. Shut down is the gentle way.", names, null, "Stop",
                    true));
            case RESTART -> Optional.of(new Confirmation("Restart", "Restart " + them + "?",
                    "It shuts down cleanly, and starts again once it is off. Disc changes apply.", names, null,
                    "Restart", false));
            case RESET -> Optional.of(new Confirmation("Reset", "Reset " + them + "?",
                    "Reboots the guest in place, like a reset button; it gets no chance to shut down.", names,
                    "A reset does not apply disc changes (added or grown discs): use Restart for that.",
                    "Reset", true));
        };
    }

    /**
     * What the action sends for these servers, in order, as "Copy as command" copies it (a
     * restart: the clean shutdown, then the start once off); empty when signed out.
     */
    Optional<String> commandFor(Action action, List<ServerEntry> servers) {
        Identity who = power.changes().identity();
        if (who == null) {
            return Optional.empty();
        }
        List<Change> sent = servers.stream().<ChangeRequest<?>>flatMap(s -> switch (action) {
            case START -> Stream.of(PowerChanges.start(s));
            case SHUT_DOWN -> Stream.of(PowerChanges.shutdown(s));
            case STOP -> Stream.of(PowerChanges.stop(s));
            case RESTART -> Stream.of(PowerChanges.shutdown(s), PowerChanges.startAfterShutdown(s));
            case RESET -> Stream.of(PowerChanges.reset(s));
            case UNDELETE -> Stream.of(PowerChanges.undelete(s));
        }).<Change>map(ChangeRequest::change).toList();
        return ChangeCommands.text(sent, who.endpoints().brain());
    }

    private void runOne(Action action, ServerEntry server) {
        String name = server.vm().name();
        switch (action) {
            case START -> send(PowerChanges.start(server), "Started " + name + ".");
            case STOP -> send(PowerChanges.stop(server), "Stopped " + name + ".");
            case RESET -> send(PowerChanges.reset(server), "Reset " + name + ": disc changes are not applied.");
            case UNDELETE -> send(PowerChanges.undelete(server), "Undeleted " + name + "; it is powered off.");
            case SHUT_DOWN -> power.shutDown(server, r -> ended(server, false, r));
            case RESTART -> power.restart(server, r -> ended(server, true, r));
        }
    }

    private void send(ChangeRequest<ServerTarget> request, String done) {
        power.send(request, f -> notify.accept(f.outcome().status() == ChangeOutcome.Status.DONE ? done
                : failure(request.title(), f)));
    }

    /** How a change that did not end well reads, with what the re-read showed when the answer was lost. */
    static String failure(String title, FinishedChange f) {
        ServerTarget server = f.change().server();
        if (f.outcome().status() == ChangeOutcome.Status.UNKNOWN) {
            Function<VirtualMachine, String> state = vm -> vm.deleted() ? "deleted"
                    : vm.powerOn() ? "running" : "powered off";
            return "No answer came for " + lower(title) + "; read again, it is "
                    + f.reread().stream().filter(vm -> vm.id() == server.serverId()).findFirst().map(state)
                    .orElse("not readable") + ". Nothing was sent again.";
        }
        return f.outcome().error() == null ? title + " did not happen."
                : title + " failed: " + f.outcome().error().oneLine();
    }

    private static String lower(String title) {
        return Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    private void ended(ServerEntry server, boolean restart, ServerPower.Result r) {
        String name = server.vm().name();
        switch (r.end()) {
            case OFF -> notify.accept(name + " is powered off.");
            case STARTED -> notify.accept("Restarted " + name + ": it sees its disc changes now.");
            case CANCELLED -> notify.accept("Stopped waiting for " + name + "; it stays as it is.");
            case FAILED -> notify.accept((restart ? "Restarting " : "Shutting down ") + name + " failed: "
                    + r.error().oneLine());
            case TIMED_OUT -> timedOut(server, restart);
        }
    }

    private void timedOut(ServerEntry server, boolean restart) {
        HardStopChoice choice = dialogs.offerHardStop(server.vm().name(), power.timeout(), restart);
        switch (choice) {
            case STOP_NOW -> {
                if (restart) {
                    power.startAfterStop(server, r -> ended(server, true, r));
                } else {
                    send(PowerChanges.stop(server), "Stopped " + server.vm().name() + ".");
                }
            }
            case KEEP_WAITING -> power.waitUntilOff(server, restart, r -> ended(server, restart, r));
            case LEAVE -> notify.accept(server.vm().name() + " did not power off; it is left as it is.");
        }
    }
}
