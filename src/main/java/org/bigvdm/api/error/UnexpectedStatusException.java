package org.bigvdm.api.error;

/** Any other status (e.g. 409, 422, 3xx) that the client has no special meaning for. */
public final class UnexpectedStatusException extends ApiException {
    public UnexpectedStatusException(int status, String message) {
        super(status, message, null);
    }
}
