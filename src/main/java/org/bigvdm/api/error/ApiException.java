package org.bigvdm.api.error;

/**
 * Base of every error the API clients throw. {@link #getMessage()} is a sentence a person can
 * read; it never contains a token or password. Unchecked so that async layers can pass it on.
 */
public abstract sealed class ApiException extends RuntimeException
        permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException,
        ServerErrorException, UnavailableException, NetworkException, UnexpectedStatusException,
        AuthException, UnconfirmedWriteException {

    private final int status;

    protected ApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** HTTP status, or 0 when no answer came. */
    public int status() {
        return status;
    }

    /**
     * True when a write may or may not have happened (no answer, or a 5xx): the caller must read
     * the state again instead of assuming either way, and must never re-send by itself.
     */
    public boolean outcomeUnknown() {
        return false;
    }
}
