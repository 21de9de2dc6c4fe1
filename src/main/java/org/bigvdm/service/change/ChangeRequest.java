package org.bigvdm.service.change;

import java.util.Objects;

/**
 * A change ready to send: the record that describes it, the words for the status bar, and the
 * call that sends exactly what the record says. Built by factories such as {@link DiscChanges},
 * so the two cannot disagree.
 */
public record ChangeRequest<R>(Change change, String title, BrainCall<R> call) {
    public ChangeRequest {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(call, "call");
    }
}
