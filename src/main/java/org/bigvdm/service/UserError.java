package org.bigvdm.service;

import java.util.List;
import java.util.Map;
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

/**
 * A failure in words for the user: a short headline, the detail (the server's own words where
 * it gave some), messages per field for a 400, and what the UI should do next.
 *
 * @param headline       one line, e.g. "The server could not be reached"
 * @param detail         the server's message or the cause, never a secret
 * @param fieldErrors    field name to messages, from a 400
 * @param outcomeUnknown a write may have happened: read the state again, do not re-send
 * @param needsSignIn    the session expired (401): hand over to sign-in
 */
public record UserError(String headline, String detail, Map<String, List<String>> fieldErrors,
                        boolean outcomeUnknown, boolean needsSignIn) {

    public UserError {
        fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        detail = detail == null ? "" : detail;
    }

    /** Turns any failure into words. Unknown exceptions say so without a stack trace. */
    public static UserError of(Throwable t) {
        if (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
            return of(t.getCause());
        }
        if (!(t instanceof ApiException e)) {
            return new UserError("Something went wrong inside the app",
                    t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()),
                    Map.of(), true, false);
        }
        String msg = e.getMessage();
        if (e instanceof BadRequestException b) {
            return new UserError("The server did not accept a value", msg, b.fieldErrors(), false, false);
        }
        if (e instanceof UnauthorizedException) {
            return new UserError("Your session has expired", "Sign in again to carry on.", Map.of(), false, true);
        }
        if (e instanceof ForbiddenException) {
            return new UserError("You may look at this but not change it", msg, Map.of(), false, false);
        }
        if (e instanceof NotFoundException) {
            return new UserError("It is no longer there", msg, Map.of(), false, false);
        }
        if (e instanceof UnavailableException) {
            return new UserError("The service is temporarily unavailable", msg, Map.of(), false, false);
        }
        if (e instanceof ServerErrorException) {
            return new UserError("The server failed", msg, Map.of(), true, false);
        }
        if (e instanceof NetworkException n) {
            String headline = switch (n.kind()) {
                case TIMEOUT -> "The server took too long to answer";
                case REFUSED, UNKNOWN_HOST -> "The server could not be reached";
                case RESET -> "The connection was cut";
                case TLS -> "The secure connection failed";
                case MALFORMED_RESPONSE -> "The server's answer made no sense";
                case OTHER -> "A network error happened";
            };
            return new UserError(headline, msg, Map.of(), n.outcomeUnknown(), false);
        }
        if (e instanceof UnconfirmedWriteException) {
            return new UserError("The change was made but could not be confirmed", msg, Map.of(), true, false);
        }
        if (e instanceof AuthException) {
            return new UserError("Sign-in failed", msg, Map.of(), false, false);
        }
        return new UserError("Unexpected answer from the server", msg, Map.of(), e.outcomeUnknown(), false);
    }

    /** Headline and detail on one line, for status bars. */
    public String oneLine() {
        return detail.isBlank() ? headline : headline + ": " + detail;
    }
}
