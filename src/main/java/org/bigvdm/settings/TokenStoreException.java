package org.bigvdm.settings;

/** A token could not be stored or removed. The message never contains the token. */
public final class TokenStoreException extends RuntimeException {
    public TokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
