package org.bigvdm.ui.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bigvdm.service.BackgroundTask;
import org.bigvdm.service.Job;

/**
 * What every form shares: its fields with their messages, one general message, and the request
 * it sends. {@link #run} sends at most one at a time: the form is busy from the start until the
 * task finishes or is cancelled, in one place.
 */
public final class FormState {
    private final Map<String, FieldState> fields = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper fieldsValid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private Job running;

    /**
     * A field whose check reruns whenever one of {@code inputs} changes. {@code name} is what the
     * service calls it in a 400 ("label", "size", "storage_grade").
     */
    public FieldState field(String name, Supplier<Optional<String>> check, Observable... inputs) {
        FieldState f = new FieldState(check, inputs);
        fields.put(name, f);
        f.validProperty().addListener(o -> updateValidity());
        updateValidity();
        return f;
    }

    /** A field without a check of its own: its messages come with a submit or from the service. */
    public FieldState field(String name, Observable... inputs) {
        return field(name, null, inputs);
    }

    /** The field the service calls {@code name}, if the form has one. */
    public Optional<FieldState> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** True while no field has a message that blocks sending. */
    public ReadOnlyBooleanProperty fieldsValidProperty() {
        return fieldsValid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The message that belongs to no field, e.g. "Could not reach auth.bytemark.co.uk". */
    public ReadOnlyStringProperty generalErrorProperty() {
        return generalError.getReadOnlyProperty();
    }

    public void showGeneral(String text) {
        generalError.set(text == null ? "" : text);
    }

    /** A new attempt starts clean: no field keeps a shown message, and no general one stays. */
    public void clearMessages() {
        generalError.set("");
        fields.values().forEach(f -> f.show(""));
    }

    /**
     * Starts {@code task} with the form busy until it finishes (or is cancelled). Returns false
     * and starts nothing while another one runs: one request per click, never two.
     */
    public boolean run(BackgroundTask<?> task) {
        if (busy.get()) {
            return false;
        }
        busy.set(true);
        Job job = task.onFinished(() -> {
            busy.set(false);
            running = null;
        }).start();
        running = job.isDone() ? null : job;
        return true;
    }

    /** Stops waiting for the running request, if any; its answer is dropped. */
    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    private void updateValidity() {
        fieldsValid.set(fields.values().stream().allMatch(f -> f.validProperty().get()));
    }
}
