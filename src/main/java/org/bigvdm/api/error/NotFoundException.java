package org.bigvdm.api.error;

/** 404: it does not exist or may not be read. */
public final class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(404, message, null);
    }
}
