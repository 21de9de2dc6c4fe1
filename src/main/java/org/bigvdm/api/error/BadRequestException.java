package org.bigvdm.api.error;

import java.util.List;
import java.util.Map;

/**
 * 400: a bad value. {@link #fieldErrors()} maps a field ("size") to the service's messages,
 * already made readable ("is not included in the list" becomes "is not valid"). A body that was
 * a bare string or not JSON lands under the key {@link #GENERAL}.
 */
public final class BadRequestException extends ApiException {
    /** Key for messages that name no field. */
    public static final String GENERAL = "";

    private final Map<String, List<String>> fieldErrors;

    public BadRequestException(Map<String, List<String>> fieldErrors, String message) {
        super(400, message, null);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }

    /** Messages for one field, or an empty list. */
    public List<String> messagesFor(String field) {
        return fieldErrors.getOrDefault(field, List.of());
    }
}
