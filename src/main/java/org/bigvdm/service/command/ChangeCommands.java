package org.bigvdm.service.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;

/**
 * Every {@link ChangeKind} as the request it sends and the official {@code bytemark} command
 * that does the same (syntax as in BytemarkHosting/bytemark-client: {@code add disc --disc
 * label:grade:size <server>}, {@code update disc --server --disc --new-size}, {@code delete disc
 * --server --label}). A new kind adds one {@link #register} line; {@code ChangeCommandsTest}
 * fails for a kind without one. Filled once, read-only afterwards.
 */
public final class ChangeCommands {
    /** What the curl line puts where the token goes: the shell fills it in, the app never does. */
    public static final String TOKEN_VARIABLE = "$BYTEMARK_TOKEN";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<ChangeKind, Spec> SPECS = new EnumMap<>(ChangeKind.class);

    /** One HTTP request: method, path under the brain's URL (with any query) and JSON body fields. */
    public record Http(String method, String path, Map<String, Object> body) {
    }

    /**
     * How one kind is sent and typed.
     *
     * @param requests the requests it sends, in order (a clean shutdown sends two)
     * @param bytemark the tool's command, or a {@link Words#none} saying why it has none
     */
    public record Spec(Function<Change, List<Http>> requests, Function<Change, Words> bytemark) {
        /** One request whose body is the change's {@code asked} fields. */
        static Spec one(String method, Function<Change, String> path, Function<Change, Words> bytemark) {
            return new Spec(c -> List.of(new Http(method, path.apply(c), c.asked())), bytemark);
        }
    }

    /** The {@code bytemark} words for one change, or why there are none. */
    public record Words(String command, String why) {
        public static Words of(String command) {
            return new Words(command, "");
        }

        public static Words none(String why) {
            return new Words(null, why);
        }
    }

    static {
        register(ChangeKind.CREATE_DISC, Spec.one("POST", c -> vmPath(c) + "/discs", ChangeCommands::addDisc));
        register(ChangeKind.RESIZE_DISC, Spec.one("PUT", ChangeCommands::discPath, c -> Words.of(
                "bytemark update disc --server " + server(c) + " --disc " + discLabel(c) + " --new-size "
                        + size(c.asked().get("size")))));
        register(ChangeKind.RELABEL_DISC, Spec.one("PUT", ChangeCommands::discPath,
                c -> Words.none("the bytemark tool has no command to rename a disc; the request:")));
        register(ChangeKind.PURGE_DISC, Spec.one("DELETE", c -> discPath(c) + "?purge=true", c -> Words.of(
                "bytemark delete disc --server " + server(c) + " --label " + discLabel(c))));
        register(ChangeKind.MOVE_DISC, Spec.one("PUT", ChangeCommands::discPath, c -> c.destination() == null
                ? Words.none("the destination server is not known; the request:")
                : Words.of("bytemark update disc --server " + server(c) + " --disc " + discLabel(c)
                        + " --new-server " + name(c.destination().ref()))));
        // backups: the tool names the backup by label, as the path may
        register(ChangeKind.BACKUP_DISC, Spec.one("POST", c -> discPath(c) + "/backups",
                c -> Words.of("bytemark backup disc " + server(c) + " " + discLabel(c))));
        register(ChangeKind.DELETE_BACKUP, Spec.one("DELETE",
                c -> discPath(c) + "/backups/" + segment(backup(c)) + "?purge=true",
                c -> Words.of("bytemark delete backup " + server(c) + " " + discLabel(c) + " "
                        + ShellQuote.quote(backup(c)))));
        register(ChangeKind.RESTORE_BACKUP, new Spec(c -> List.of(new Http("PUT",
                discPath(c) + "/backups/" + segment(backup(c)), Map.of("restore", true))),
                c -> Words.of("bytemark restore backup " + server(c) + " " + discLabel(c) + " "
                        + ShellQuote.quote(backup(c)))));
        register(ChangeKind.ADD_SCHEDULE, Spec.one("POST", c -> discPath(c) + "/backup_schedules",
                c -> Words.none("the bytemark tool cannot set a schedule's capacity; the request:")));
        register(ChangeKind.REMOVE_SCHEDULE, Spec.one("DELETE",
                c -> discPath(c) + "/backup_schedules/" + segment(String.valueOf(c.before().get("id"))),
                c -> Words.of("bytemark unschedule backups " + server(c) + " " + discLabel(c) + " "
                        + ShellQuote.quote(String.valueOf(c.before().get("id"))))));
        // power: the tool's verbs; a clean shutdown is two requests
        register(ChangeKind.START_SERVER, Spec.one("PUT", ChangeCommands::vmPath,
                c -> Words.of("bytemark start server " + server(c))));
        register(ChangeKind.STOP_SERVER, Spec.one("PUT", ChangeCommands::vmPath,
                c -> Words.of("bytemark stop server " + server(c))));
        register(ChangeKind.SHUTDOWN_SERVER, new Spec(c -> List.of(
                new Http("PUT", vmPath(c), Map.of("autoreboot_on", false)),
                new Http("POST", vmPath(c) + "/signal", Map.of("signal", "powerdown"))),
                c -> Words.of("bytemark shutdown server " + server(c))));
        register(ChangeKind.RESTART_SERVER, Spec.one("PUT", ChangeCommands::vmPath,
                c -> Words.of("bytemark restart server " + server(c))));
        register(ChangeKind.RESET_SERVER, new Spec(c -> List.of(
                new Http("POST", vmPath(c) + "/signal", Map.of("signal", "reset"))),
                c -> Words.of("bytemark reset server " + server(c))));
        register(ChangeKind.UNDELETE_SERVER, Spec.one("PUT", ChangeCommands::vmPath,
                c -> Words.of("bytemark restore server " + server(c))));
    }

    private ChangeCommands() {
    }

    private static void register(ChangeKind kind, Spec spec) {
        SPECS.put(Objects.requireNonNull(kind), Objects.requireNonNull(spec));
    }

    public static boolean knows(ChangeKind kind) {
        return SPECS.containsKey(kind);
    }

    /** The change as commands for the brain at {@code brain}; empty for a kind not registered. */
    public static Optional<CopyCommands> of(Change change, URI brain) {
        Spec spec = SPECS.get(change.kind());
        if (spec == null) {
            return Optional.empty();
        }
        Words words = spec.bytemark().apply(change);
        return Optional.of(new CopyCommands(Optional.ofNullable(words.command()), words.why(),
                curl(spec, change, brain)));
    }

    /**
     * Several changes sent one after the other (a schedule replaced: remove, then add) as one
     * text to copy, or empty when there is nothing to send or a kind is not registered.
     */
    public static Optional<String> text(List<Change> changes, URI brain) {
        if (changes.isEmpty() || brain == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            Optional<CopyCommands> one = of(change, brain);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            text.append(text.isEmpty() ? "" : "\n").append(one.get().text());
        }
        return Optional.of(text.toString());
    }

    private static String curl(Spec spec, Change change, URI brain) {
        String base = brain.toString().endsWith("/") ? brain.toString().substring(0, brain.toString().length() - 1)
                : brain.toString();
        StringBuilder lines = new StringBuilder();
        for (Http request : spec.requests().apply(change)) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append("curl -X ").append(request.method())
                    .append(" -H \"Authorization: Bearer ").append(TOKEN_VARIABLE).append('"');
            if (!request.body().isEmpty()) {
                lines.append(" -H 'Content-Type: application/json' -d ")
                        .append(ShellQuote.quote(json(request.body())));
            }
            lines.append(' ').append(ShellQuote.quote(base + request.path()));
        }
        return lines.toString();
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change's fields could not be written as JSON", e);
        }
    }

    // --- pieces the registrations share ---

    /** {@code --disc label:grade:size}: the tool splits its value at spaces and colons. */
    private static Words addDisc(Change c) {
        Object label = c.asked().get("label");
        Object grade = c.asked().getOrDefault("storage_grade", "");
        String size = size(c.asked().get("size"));
        if (label != null && (label.toString().contains(" ") || label.toString().contains(":"))) {
            return Words.none("the bytemark tool cannot add a disc whose label has a space or a colon; the request:");
        }
        String spec = label == null ? grade + ":" + size : label + ":" + grade + ":" + size;
        return Words.of("bytemark add disc --disc " + ShellQuote.quote(spec) + " " + server(c));
    }

    /** {@code server.group.account}, as the tool names a server. */
    private static String server(Change c) {
        return name(c.server().ref());
    }

    private static String name(VmRef ref) {
        return ShellQuote.quote(ref.vm() + "." + ref.group() + "." + ref.account());
    }

    /** The backup a change names, by label (the tool and the path both take one). */
    private static String backup(Change c) {
        Object label = c.before().getOrDefault("backup", c.asked().get("backup"));
        return label == null ? "" : label.toString();
    }

    private static String discLabel(Change c) {
        return ShellQuote.quote(c.disc() == null ? "" : c.disc().label());
    }

    /** MiB as the tool reads sizes: {@code 50G} when whole GiB, else {@code 51300M}. */
    static String size(Object mib) {
        long value = ((Number) mib).longValue();
        return value % 1024 == 0 ? value / 1024 + "G" : value + "M";
    }

    /** {@code /accounts/a/groups/g/virtual_machines/v}, each part percent-encoded. */
    public static String vmPath(Change c) {
        VmRef ref = c.server().ref();
        return "/accounts/" + segment(ref.account()) + "/groups/" + segment(ref.group()) + "/virtual_machines/"
                + segment(ref.vm());
    }

    /** The disc by id, as the app addresses it. */
    public static String discPath(Change c) {
        return vmPath(c) + "/discs/" + segment(c.disc().address());
    }

    static String segment(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-'
                    || ch == '.' || ch == '_' || ch == '~') {
                out.append(ch);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
