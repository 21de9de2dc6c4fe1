package org.bigvdm.ui.signin;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * The error text beside each field plus one general line, as properties the view binds to.
 * Kept together so "clear every error" can never miss one.
 */
final class SignInFieldErrors {
    private final Map<SignInField, ReadOnlyStringWrapper> beside = new EnumMap<>(SignInField.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    SignInFieldErrors() {
        for (SignInField field : SignInField.values()) {
            beside.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    ReadOnlyStringProperty property(SignInField field) {
        return beside.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty generalProperty() {
        return general.getReadOnlyProperty();
    }

    void set(SignInField field, String message) {
        beside.get(field).set(message);
    }

    void setGeneral(String message) {
        general.set(message);
    }

    /** Shows each problem beside its field; fields not named keep what they show. */
    void show(Map<SignInField, String> problems) {
        problems.forEach(this::set);
    }

    void clear() {
        beside.values().forEach(w -> w.set(""));
        general.set("");
    }

    /** An error beside a field goes away as soon as the user changes that field. */
    void clearOnEdit(StringProperty input, SignInField field) {
        input.addListener((obs, old, now) -> set(field, ""));
    }
}
