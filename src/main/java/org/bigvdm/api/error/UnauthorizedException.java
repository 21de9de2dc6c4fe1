package org.bigvdm.api.error;

/** 401: no token, or the session expired. */
public final class UnauthorizedException extends ApiException {
    public UnauthorizedException(String message) {
        super(401, message, null);
    }
}
