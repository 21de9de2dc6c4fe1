package org.bigvdm.api.error;

/** No usable answer: timeout, refused, reset, unknown host, TLS failure, or a garbled body. */
public final class NetworkException extends ApiException {
    /** What went wrong on the wire. */
    public enum Kind { TIMEOUT, REFUSED, RESET, UNKNOWN_HOST, TLS, MALFORMED_RESPONSE, OTHER }

    private final Kind kind;

    public NetworkException(Kind kind, String message, Throwable cause) {
        super(0, message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** A refused connection or unknown host never reached the service; anything else may have. */
    @Override
    public boolean outcomeUnknown() {
        return kind != Kind.REFUSED && kind != Kind.UNKNOWN_HOST;
    }
}
