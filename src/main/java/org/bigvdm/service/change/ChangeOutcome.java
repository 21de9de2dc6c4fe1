package org.bigvdm.service.change;

import java.util.Objects;
import org.bigvdm.service.UserError;

/**
 * How a change ended, in the few ways a caller has to tell apart. The service has already acted
 * on it (read the server again, learnt a read-only account, asked for a sign-in); nothing was
 * or will be sent twice.
 *
 * @param answer what the service answered when {@link Status#DONE}, else null
 * @param error  why not, in words, unless {@link Status#DONE} or {@link Status#CANCELLED}
 */
public record ChangeOutcome<R>(Change change, Status status, R answer, UserError error) {

    /** What became of a change. */
    public enum Status {
        /** The service made the change; {@code answer} is what it said. */
        DONE,
        /** The service said no (a value, a rule, it is down) or it was never reached: nothing changed. */
        REFUSED,
        /**
         * 403: the user may not change this. Its server is read again; if it is still there, its
         * account becomes read-only.
         */
        FORBIDDEN,
        /** 404: what it targets is gone; it is read again. */
        GONE,
        /** No answer, or a 5xx: the change may or may not have happened. What it touched is read again. */
        UNKNOWN,
        /** 401: nothing changed; the user is asked to sign in, and told afterwards that nothing was sent. */
        SIGN_IN_NEEDED,
        /** Never sent: the user stopped it first. */
        CANCELLED
    }

    public ChangeOutcome {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
    }

    public static <R> ChangeOutcome<R> done(Change change, R answer) {
        return new ChangeOutcome<>(change, Status.DONE, answer, null);
    }

    /** Sorts a failure into a status; a possible write always counts as unknown, whatever else it is. */
    public static <R> ChangeOutcome<R> failed(Change change, UserError error) {
        Status status;
        if (error.outcomeUnknown()) {
            status = Status.UNKNOWN;
        } else {
            status = switch (error.kind()) {
                case GONE -> Status.GONE;
                case FORBIDDEN -> Status.FORBIDDEN;
                case SIGN_IN_NEEDED -> Status.SIGN_IN_NEEDED;
                default -> Status.REFUSED;
            };
        }
        return new ChangeOutcome<>(change, status, null, error);
    }

    public static <R> ChangeOutcome<R> cancelled(Change change) {
        return new ChangeOutcome<>(change, Status.CANCELLED, null, null);
    }

    /** True when what the change touched must be read again to know the truth. */
    public boolean needsReread() {
        return status == Status.DONE || status == Status.UNKNOWN || status == Status.GONE
                || status == Status.FORBIDDEN;
    }
}
