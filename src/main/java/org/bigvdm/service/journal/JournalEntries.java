package org.bigvdm.service.journal;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.DiscTarget;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.command.ChangeCommands;
import org.bigvdm.service.command.CopyCommands;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionEvent;

/**
 * Turns what the services tell into journal entries. Generic over {@link ChangeKind}: the words
 * come from the kind's name and the change's fields, so a new kind needs nothing here.
 */
public final class JournalEntries {
    private JournalEntries() {
    }

    /** A finished change, with what the re-read showed. */
    public static JournalEntry of(FinishedChange finished) {
        Change change = finished.change();
        ChangeOutcome<?> outcome = finished.outcome();
        Identity who = finished.who();
        Map<String, Object> after = afterFields(change, finished.reread(), outcome);
        JournalEntry.Outcome result;
        String message;
        switch (outcome.status()) {
            case DONE -> {
                result = JournalEntry.Outcome.DONE;
                message = "";
            }
            case CANCELLED -> {
                result = JournalEntry.Outcome.CANCELLED;
                message = "Stopped before it was sent";
            }
            case UNKNOWN -> {
                result = JournalEntry.Outcome.UNKNOWN;
                message = words(outcome.error()) + ". " + rereadText(change, finished.reread(), after);
            }
            default -> {
                result = JournalEntry.Outcome.REFUSED;
                message = words(outcome.error());
            }
        }
        var server = change.server();
        return new JournalEntry(finished.sentAt(), JournalEntry.Event.CHANGE, who == null ? "" : who.username(),
                who == null ? "" : who.endpoints().brain().toString(), server.ref().account(), server.ref().group(),
                server.ref().vm(), server.key(), change.disc() == null ? null : change.disc().id(),
                discLabel(change), change.kind().name(), what(change), change.asked(), change.before(), after,
                result, message);
    }

    /** A sign-in, sign-out or refused sign-in: the user name and where, nothing else. */
    public static JournalEntry of(SessionEvent event, Instant at) {
        JournalEntry.Event kind = switch (event.kind()) {
            case SIGNED_IN -> JournalEntry.Event.SIGN_IN;
            case SIGNED_OUT -> JournalEntry.Event.SIGN_OUT;
            case SIGN_IN_FAILED -> JournalEntry.Event.SIGN_IN_FAILED;
        };
        String what = switch (event.kind()) {
            case SIGNED_IN -> "Signed in";
            case SIGNED_OUT -> "Signed out";
            case SIGN_IN_FAILED -> "Sign-in refused";
        };
        return new JournalEntry(at, kind, event.username(), event.endpoints().brain().toString(), null, null, null,
                null, null, null, null, what, Map.of(), Map.of(), Map.of(),
                kind == JournalEntry.Event.SIGN_IN_FAILED ? JournalEntry.Outcome.REFUSED : JournalEntry.Outcome.DONE,
                "");
    }

    /**
     * A recorded change as commands to type again: the bytemark command and the curl request for
     * the endpoint it went to. Empty for a session event or a kind this version does not know.
     */
    public static Optional<CopyCommands> commands(JournalEntry entry) {
        if (entry.event() != JournalEntry.Event.CHANGE || entry.kind() == null || entry.server() == null) {
            return Optional.empty();
        }
        ChangeKind kind;
        try {
            kind = ChangeKind.valueOf(entry.kind());
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        ServerTarget server = new ServerTarget(0, 0, 0, new VmRef(entry.account(), entry.group(), entry.server()));
        DiscTarget disc = entry.discId() == null ? null : new DiscTarget(entry.discId(), entry.disc());
        Change change = new Change(kind, server, disc, null, entry.asked(), entry.before());
        try {
            return ChangeCommands.of(change, URI.create(entry.endpoint()));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** "Resize disc root on web1: size 25 GiB → 50 GiB". */
    public static String what(Change change) {
        StringBuilder text = new StringBuilder(title(change.kind()));
        String disc = discLabel(change);
        if (disc != null) {
            text.append(' ').append(disc);
        }
        text.append(change.disc() == null && change.kind().name().endsWith("_SERVER") ? " " : " on ")
                .append(change.server().name());
        if (change.destination() != null) {
            text.append(" → ").append(change.destination().name());
        }
        String fields = fieldsText(change.asked(), change.before());
        return fields.isEmpty() ? text.toString() : text + ": " + fields;
    }

    /** RESIZE_DISC reads "Resize disc". */
    public static String title(ChangeKind kind) {
        String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String discLabel(Change change) {
        if (change.disc() != null) {
            return change.disc().label();
        }
        Object label = change.asked().get("label");
        return label == null ? null : label.toString();
    }

    private static String fieldsText(Map<String, Object> asked, Map<String, Object> before) {
        if (asked.isEmpty()) {
            return before.entrySet().stream().map(e -> name(e.getKey()) + " " + value(e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return asked.entrySet().stream().map(e -> before.containsKey(e.getKey())
                        ? name(e.getKey()) + " " + value(e.getKey(), before.get(e.getKey())) + " → "
                                + value(e.getKey(), e.getValue())
                        : name(e.getKey()) + " " + value(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Sizes travel in MiB; people read "50 GiB", so whole GiB are written that way. */
    private static String value(String field, Object value) {
        if ("size".equals(field) && value instanceof Number mib) {
            long n = mib.longValue();
            return n % 1024 == 0 ? n / 1024 + " GiB" : n + " MiB";
        }
        return String.valueOf(value);
    }

    private static String name(String field) {
        return field.replace('_', ' ');
    }

    private static String words(UserError error) {
        if (error == null) {
            return "";
        }
        String line = error.oneLine();
        // the service's field messages, unless its own words already carry them
        String fields = error.fieldErrors().entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(line::contains))
                .map(e -> name(e.getKey()) + " " + String.join("; ", e.getValue()))
                .collect(Collectors.joining("; "));
        return fields.isEmpty() ? line : line + " (" + fields + ")";
    }

    private static String rereadText(Change change, List<VirtualMachine> reread, Map<String, Object> after) {
        if (reread.isEmpty()) {
            return "The server could not be read again";
        }
        if (change.disc() != null && after.isEmpty()) {
            return "Read again: the disc is no longer on " + change.server().name();
        }
        return after.isEmpty() ? "Read again: no such disc" : "Read again: " + fieldsText(after, Map.of());
    }

    /** The asked (or, for a purge, the former) fields as the re-read showed them. */
    private static Map<String, Object> afterFields(Change change, List<VirtualMachine> reread,
                                                   ChangeOutcome<?> outcome) {
        if (reread.isEmpty() || outcome.status() == ChangeOutcome.Status.CANCELLED) {
            return Map.of();
        }
        Set<String> names = new LinkedHashSet<>(change.asked().keySet());
        names.addAll(change.before().keySet());
        Map<String, Object> after = new LinkedHashMap<>();
        Optional<Disc> disc = findDisc(change, reread, outcome);
        VirtualMachine vm = reread.get(0);
        for (String field : names) {
            Object value = disc.map(d -> discField(d, field)).orElse(null);
            if (value == null && change.disc() == null && !change.asked().containsKey("label")) {
                value = serverField(vm, field);
            }
            if (value != null) {
                after.put(field, value);
            }
        }
        return after;
    }

    private static Optional<Disc> findDisc(Change change, List<VirtualMachine> reread, ChangeOutcome<?> outcome) {
        List<Disc> discs = reread.stream().flatMap(vm -> vm.discs() == null ? java.util.stream.Stream.<Disc>empty()
                : vm.discs().stream()).toList();
        if (change.disc() != null) {
            return discs.stream().filter(d -> d.id() == change.disc().id()).findFirst();
        }
        if (outcome.answer() instanceof Disc answered) {
            return discs.stream().filter(d -> d.id() == answered.id()).findFirst();
        }
        Object label = change.asked().get("label");
        return label == null ? Optional.empty() : discs.stream().filter(d -> label.equals(d.label())).findFirst();
    }

    private static Object discField(Disc disc, String field) {
        return switch (field) {
            case "label" -> disc.label();
            case "size" -> disc.size();
            case "storage_grade" -> disc.storageGrade();
            case "virtual_machine_id" -> disc.virtualMachineId();
            default -> null;
        };
    }

    private static Object serverField(VirtualMachine vm, String field) {
        return switch (field) {
            case "power_on" -> vm.powerOn();
            case "autoreboot_on" -> vm.autorebootOn();
            case "deleted" -> vm.deleted();
            default -> null;
        };
    }
}
