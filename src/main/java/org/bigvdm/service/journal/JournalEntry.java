package org.bigvdm.service.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line of the activity journal: a change the app sent, or a sign-in, sign-out or refused
 * sign-in. Holds names and values, never a token, password or key.
 *
 * @param at        when it was sent (a change) or happened (a session event)
 * @param user      the user name ("" for an API key without one)
 * @param endpoint  the API endpoint it went to
 * @param serverKey the server's node key (for jumping to it), or null
 * @param discId    the disc's id, or null
 * @param kind      the change kind's name ({@code RESIZE_DISC}), or null for a session event
 * @param what      what was asked, in words: "Resize disc root on web1: size 25600 → 51200"
 * @param asked     the request's fields under their API names
 * @param before    those fields before
 * @param after     those fields as the re-read showed them, where it did
 * @param message   the service's message (refused), what the re-read showed (unknown), or ""
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(Instant at, Event event, String user, String endpoint, String account, String group,
                           String server, String serverKey, Long discId, String disc, String kind, String what,
                           Map<String, Object> asked, Map<String, Object> before, Map<String, Object> after,
                           Outcome outcome, String message) {

    /** What kind of line. */
    public enum Event {
        CHANGE, SIGN_IN, SIGN_OUT, SIGN_IN_FAILED
    }

    /** How it ended, as the journal tells them apart. */
    public enum Outcome {
        /** The service made the change (or accepted the sign-in). */
        DONE,
        /** The service said no, with its message; nothing changed. */
        REFUSED,
        /** No answer: it may or may not have happened; the message says what the re-read showed. */
        UNKNOWN,
        /** Stopped before it was sent. */
        CANCELLED
    }

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(outcome, "outcome");
        user = user == null ? "" : user;
        endpoint = endpoint == null ? "" : endpoint;
        what = what == null ? "" : what;
        message = message == null ? "" : message;
        asked = frozen(asked);
        before = frozen(before);
        after = frozen(after);
    }

    private static Map<String, Object> frozen(Map<String, Object> fields) {
        return fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The whole entry as one searchable line of text (lower case). */
    public String searchText() {
        return String.join(" ", user, endpoint, nonNull(account), nonNull(group), nonNull(server), nonNull(disc),
                what, outcome.name(), message).toLowerCase(java.util.Locale.ROOT);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
