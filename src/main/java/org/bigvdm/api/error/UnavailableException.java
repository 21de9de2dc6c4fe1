package org.bigvdm.api.error;

/** 503: the service is temporarily unavailable; nothing was done. */
public final class UnavailableException extends ApiException {
    public UnavailableException(String message) {
        super(503, message, null);
    }
}
