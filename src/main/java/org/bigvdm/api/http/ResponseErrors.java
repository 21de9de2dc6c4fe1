package org.bigvdm.api.http;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.error.UnexpectedStatusException;

/**
 * Maps a non-2xx answer to its typed exception, with a message built from what it means and the
 * server's own words (cleaned, capped, with the caller's secrets blanked).
 */
public final class ResponseErrors {
    private ResponseErrors() {
    }

    /**
     * @param host    named in the message so the user sees which service answered
     * @param secrets strings that must never reach a message (the token, a password)
     */
    public static ApiException forStatus(int status, String body, String host, Collection<String> secrets) {
        if (status == 400) {
            return badRequest(body, host, secrets);
        }
        String json = FieldErrors.sentence(body, secrets);
        String words = json.isEmpty() ? BodyText.clean(body, secrets) : BodyText.cap(json);
        return switch (status) {
            case 401 -> new UnauthorizedException(
                    message("Not signed in, or the session has expired", status, host, words));
            case 403 -> new ForbiddenException(message("Not allowed to do this", status, host, words));
            case 404 -> new NotFoundException(message("Not found", status, host, words));
            case 503 -> new UnavailableException(
                    message("The service is temporarily unavailable; try again shortly", status, host, words));
            default -> status >= 500
                    ? new ServerErrorException(status, message("The service failed", status, host, words))
                    : new UnexpectedStatusException(status, message("Unexpected answer", status, host, words));
        };
    }

    private static BadRequestException badRequest(String body, String host, Collection<String> secrets) {
        Map<String, List<String>> errors = FieldErrors.parse(body, secrets);
        String described = FieldErrors.describe(errors);
        String text = described.isEmpty()
                ? "The service refused a value (400 from " + host + ")"
                : BodyText.cap(described);
        return new BadRequestException(errors, text);
    }

    private static String message(String what, int status, String host, String words) {
        String base = what + " (" + status + " from " + host + ")";
        return words.isEmpty() ? base : base + ": " + words;
    }
}
