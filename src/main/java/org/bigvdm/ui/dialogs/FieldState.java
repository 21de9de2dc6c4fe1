package org.bigvdm.ui.dialogs;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The message beside one input. The local check runs as the user types; a message from the
 * server (a 400) shows until the user edits the field again. The local message shows only once
 * the field was edited, so a fresh dialog does not open full of red, but it blocks OK at once.
 */
public final class FieldState {
    private final String serverField;
    private final Supplier<Optional<String>> check;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private String serverMessage = "";
    private boolean touched;

    FieldState(String serverField, Supplier<Optional<String>> check, Observable... inputs) {
        this.serverField = serverField;
        this.check = check;
        for (Observable input : inputs) {
            input.addListener(o -> {
                touched = true;
                serverMessage = "";
                recheck();
            });
        }
        recheck();
    }

    /** The API's name for this field in a 400 body ("label", "size", "storage_grade"). */
    public String serverField() {
        return serverField;
    }

    /** What to show beside the field; empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** False while the local check fails or the server's message stands. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    void showServerMessage(String text) {
        serverMessage = text;
        recheck();
    }

    void clearServerMessage() {
        serverMessage = "";
        recheck();
    }

    /** Runs the check again, for checks that depend on more than this field's inputs. */
    void recheck() {
        Optional<String> local = check.get();
        valid.set(local.isEmpty() && serverMessage.isEmpty());
        message.set(!serverMessage.isEmpty() ? serverMessage : touched ? local.orElse("") : "");
    }
}
