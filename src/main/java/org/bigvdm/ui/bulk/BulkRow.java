package org.bigvdm.ui.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.FinishedChange;

/**
 * One row of a bulk action: what it acts on, the value now and the one asked, and either the
 * request to send or why it is not allowed. While the run goes on, its status and result words.
 *
 * @param settled words for a change that ended with no answer, from what the re-read showed
 *                ("now 50 GiB: it was made"); null for a plain "read again"
 */
public final class BulkRow {
    /** Where a row stands. */
    public enum Status { WILL_SEND, NOT_ALLOWED, QUEUED, SENDING, DONE, REFUSED, UNKNOWN, NOT_SENT }

    private final String item;
    private final String server;
    private final String current;
    private final String proposed;
    private final String whyNot;
    private final ChangeRequest<?> request;
    private final Function<FinishedChange, String> settled;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    private BulkRow(String item, String server, String current, String proposed, String whyNot,
                    ChangeRequest<?> request, Function<FinishedChange, String> settled) {
        this.item = item;
        this.server = server;
        this.current = current;
        this.proposed = proposed;
        this.whyNot = whyNot;
        this.request = request;
        this.settled = settled;
        status.set(request == null ? Status.NOT_ALLOWED : Status.WILL_SEND);
        result.set(request == null ? whyNot : "will be sent");
    }

    public static BulkRow allowed(String item, String server, String current, String proposed,
                                  ChangeRequest<?> request, Function<FinishedChange, String> settled) {
        return new BulkRow(item, server, current, proposed, null, Objects.requireNonNull(request), settled);
    }

    public static BulkRow refused(String item, String server, String current, String proposed, String whyNot) {
        return new BulkRow(item, server, current, proposed, Objects.requireNonNull(whyNot), null, null);
    }

    public String item() {
        return item;
    }

    public String server() {
        return server;
    }

    public String current() {
        return current;
    }

    public String proposed() {
        return proposed;
    }

    /** Why this row will not be sent, or null when it is allowed. */
    public String whyNot() {
        return whyNot;
    }

    public boolean allowed() {
        return request != null;
    }

    ChangeRequest<?> request() {
        return request;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** "will be sent", the reason it is not allowed, "done", the service's refusal, … */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public String result() {
        return result.get();
    }

    void queued() {
        set(Status.QUEUED, "waiting");
    }

    void sending() {
        set(Status.SENDING, "sending…");
    }

    void notSent() {
        set(Status.NOT_SENT, "not sent");
    }

    void finished(FinishedChange finished) {
        ChangeOutcome<?> outcome = finished.outcome();
        switch (outcome.status()) {
            case DONE -> set(Status.DONE, "done");
            case UNKNOWN -> {
                String after = settled == null ? null : settled.apply(finished);
                set(Status.UNKNOWN, "no answer (" + outcome.error().oneLine() + "); read again: "
                        + (after == null ? "see the table" : after));
            }
            case CANCELLED -> notSent();
            default -> set(Status.REFUSED, "refused: " + words(outcome.error()));
        }
    }

    /** The service's own words: a 400's field messages ("size is too big"), else the error's line. */
    static String words(UserError e) {
        if (e.fieldErrors() == null || e.fieldErrors().isEmpty()) {
            return e.oneLine();
        }
        List<String> parts = new ArrayList<>();
        e.fieldErrors().forEach((field, messages) -> messages.forEach(m ->
                parts.add(UserError.GENERAL_FIELD.equals(field) ? m : field + " " + m)));
        return String.join("; ", parts);
    }

    private void set(Status s, String words) {
        status.set(s);
        result.set(words);
    }
}
