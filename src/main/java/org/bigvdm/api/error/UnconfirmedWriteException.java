package org.bigvdm.api.error;

/**
 * The service accepted a change (2xx) but sent no body, and reading the result back failed.
 * The change did happen: callers must read the state again and never send it a second time.
 */
public final class UnconfirmedWriteException extends ApiException {
    public UnconfirmedWriteException(String message, ApiException readBackFailure) {
        super(0, message, readBackFailure);
    }

    @Override
    public boolean outcomeUnknown() {
        return true;
    }
}
