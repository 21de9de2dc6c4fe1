package org.bigvdm.api.error;

/** 403: may read but not change. */
public final class ForbiddenException extends ApiException {
    public ForbiddenException(String message) {
        super(403, message, null);
    }
}
