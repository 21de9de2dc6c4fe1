package org.bigvdm.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.error.UnconfirmedWriteException;
import org.bigvdm.settings.SecretMasker;

/**
 * A failure in words for the user, and what kind of failure it is, so that nothing above the
 * service layer needs to know the API's exceptions. This is the one place they are read.
 *
 * @param kind           what happened, for deciding what to do next
 * @param headline       one line, e.g. "The server could not be reached"
 * @param detail         the server's message or the cause, never a secret
 * @param fieldErrors    field name to messages, from a 400
 * @param outcomeUnknown a write may have happened: read the state again, do not re-send
 */
public record UserError(Kind kind, String headline, String detail, Map<String, List<String>> fieldErrors,
                        boolean outcomeUnknown) {

    /** The field name under which a 400 lists messages that belong to no field. */
    public static final String GENERAL_FIELD = BadRequestException.GENERAL;

    /** What went wrong, as finely as any caller needs to tell apart. */
    public enum Kind {
        /** 400: the service did not accept a value; {@link #fieldErrors()} says which. */
        INVALID_INPUT,
        /** 401: the session expired or the token is not accepted. */
        SIGN_IN_NEEDED,
        /** 403: the user may look but not change, or the thing is not theirs. */
        FORBIDDEN,
        /** 404: it is no longer there. */
        GONE,
        /** 503: the service is down for a while; nothing was done. */
        UNAVAILABLE,
        /** Another 5xx: a write may have happened. */
        SERVER_FAILED,
        TIMEOUT,
        /** The connection was refused: nothing reached the service. */
        REFUSED,
        /** The host name does not resolve: nothing reached the service. */
        UNKNOWN_HOST,
        /** The connection was reset or closed mid-answer. */
        CONNECTION_CUT,
        TLS,
        /** An answer came but was not what the API sends. */
        BAD_ANSWER,
        NETWORK,
        /** The write was made but reading it back failed. */
        NOT_CONFIRMED,
        /** The auth service refused the username and password. */
        WRONG_CREDENTIALS,
        /** The auth service wants a two-factor code. */
        CODE_NEEDED,
        /** The auth service refused for another reason. */
        SIGN_IN_FAILED,
        /** An answer no rule covers. */
        UNEXPECTED,
        /** A fault inside the app, not the service's. */
        APP_FAILED;

        /** No usable answer came over the network (including one that made no sense). */
        public boolean isNetwork() {
            return this == TIMEOUT || this == REFUSED || this == UNKNOWN_HOST || this == CONNECTION_CUT
                    || this == TLS || this == BAD_ANSWER || this == NETWORK;
        }
    }

    /** The detail passes through {@link SecretMasker}: a last guard, as an answer may echo what was sent. */
    public UserError {
        fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        detail = detail == null ? "" : SecretMasker.mask(detail);
    }

    /** Turns any failure into words. Unknown exceptions say so without a stack trace. */
    public static UserError of(Throwable t) {
        if (t instanceof CompletionException && t.getCause() != null) {
            return of(t.getCause());
        }
        if (!(t instanceof ApiException e)) {
            return new UserError(Kind.APP_FAILED, "Something went wrong inside the app",
                    t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()),
                    Map.of(), true);
        }
        String msg = e.getMessage();
        if (e instanceof BadRequestException b) {
            return new UserError(Kind.INVALID_INPUT, "The server did not accept a value", msg, b.fieldErrors(), false);
        }
        if (e instanceof UnauthorizedException) {
            return new UserError(Kind.SIGN_IN_NEEDED, "Your session has expired", "Sign in again to carry on.",
                    Map.of(), false);
        }
        if (e instanceof ForbiddenException) {
            return simple(Kind.FORBIDDEN, "You may look at this but not change it", msg, false);
        }
        if (e instanceof NotFoundException) {
            return simple(Kind.GONE, "It is no longer there", msg, false);
        }
        if (e instanceof UnavailableException) {
            return simple(Kind.UNAVAILABLE, "The service is temporarily unavailable", msg, false);
        }
        if (e instanceof ServerErrorException) {
            return simple(Kind.SERVER_FAILED, "The server failed", msg, true);
        }
        if (e instanceof NetworkException n) {
            return network(n);
        }
        if (e instanceof UnconfirmedWriteException) {
            return simple(Kind.NOT_CONFIRMED, "The change was made but could not be confirmed", msg, true);
        }
        if (e instanceof AuthException a) {
            Kind kind = switch (a.reason()) {
                case BAD_CREDENTIALS -> Kind.WRONG_CREDENTIALS;
                case MISSING_2FA -> Kind.CODE_NEEDED;
                case MALFORMED, OTHER -> Kind.SIGN_IN_FAILED;
            };
            return simple(kind, "Sign-in failed", msg, false);
        }
        return simple(Kind.UNEXPECTED, "Unexpected answer from the server", msg, e.outcomeUnknown());
    }

    private static UserError network(NetworkException n) {
        return switch (n.kind()) {
            case TIMEOUT -> wire(Kind.TIMEOUT, "The server took too long to answer", n);
            case REFUSED -> wire(Kind.REFUSED, "The server could not be reached", n);
            case UNKNOWN_HOST -> wire(Kind.UNKNOWN_HOST, "The server could not be reached", n);
            case RESET -> wire(Kind.CONNECTION_CUT, "The connection was cut", n);
            case TLS -> wire(Kind.TLS, "The secure connection failed", n);
            case MALFORMED_RESPONSE -> wire(Kind.BAD_ANSWER, "The server's answer made no sense", n);
            case OTHER -> wire(Kind.NETWORK, "A network error happened", n);
        };
    }

    private static UserError wire(Kind kind, String headline, NetworkException n) {
        return simple(kind, headline, n.getMessage(), n.outcomeUnknown());
    }

    private static UserError simple(Kind kind, String headline, String detail, boolean outcomeUnknown) {
        return new UserError(kind, headline, detail, Map.of(), outcomeUnknown);
    }

    /** The session expired (401): hand over to sign-in. */
    public boolean needsSignIn() {
        return kind == Kind.SIGN_IN_NEEDED;
    }

    /** Headline and detail on one line, for status bars. */
    public String oneLine() {
        return detail.isBlank() ? headline : headline + ": " + detail;
    }
}
