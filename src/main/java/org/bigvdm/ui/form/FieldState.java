package org.bigvdm.ui.form;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The message beside one input. A field may have a check that runs as the user types; its
 * message shows only once the field was edited, so a fresh dialog does not open full of red, but
 * it blocks OK at once. A message shown from outside (the service's 400, or a check made on
 * submit) stays until the user edits the field again.
 */
public final class FieldState {
    private static final Supplier<Optional<String>> NO_CHECK = Optional::empty;

    private final Supplier<Optional<String>> check;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private String shown = "";
    private boolean touched;

    FieldState(Supplier<Optional<String>> check, Observable... inputs) {
        this.check = check == null ? NO_CHECK : check;
        for (Observable input : inputs) {
            input.addListener(o -> {
                if (o instanceof ObservableValue<?> value) {
                    value.getValue(); // read it, or the next edit would not be reported
                }
                touched = true;
                shown = "";
                recheck();
            });
        }
        recheck();
    }

    /** What to show beside the field; empty when nothing is wrong. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    /** False while the check fails or a message shown from outside stands. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Shows a message until the field is edited (an empty text clears it). */
    public void show(String text) {
        shown = text == null ? "" : text;
        recheck();
    }

    /** Runs the check again, for checks that depend on more than this field's inputs. */
    public void recheck() {
        Optional<String> local = check.get();
        valid.set(local.isEmpty() && shown.isEmpty());
        message.set(!shown.isEmpty() ? shown : touched ? local.orElse("") : "");
    }
}
