package org.bigvdm.api.error;

/** 5xx other than 503: the service failed; a write may or may not have happened. */
public final class ServerErrorException extends ApiException {
    public ServerErrorException(int status, String message) {
        super(status, message, null);
    }

    @Override
    public boolean outcomeUnknown() {
        return true;
    }
}
