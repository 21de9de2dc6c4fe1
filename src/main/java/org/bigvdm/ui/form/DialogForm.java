package org.bigvdm.ui.form;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * What a dialog's frame needs of its ViewModel, whatever the form: whether OK may send, sending,
 * being busy, the general message, and the result that closes it. The sign-in dialog and every
 * disc dialog share one frame through this.
 *
 * @param <R> what the dialog gives back once done
 */
public interface DialogForm<R> {
    ReadOnlyBooleanProperty busyProperty();

    ObservableBooleanValue canSubmitProperty();

    /** Sends if the form may; returns false (and sends nothing) otherwise. */
    boolean submit();

    /** Set once done; the dialog then closes with it. */
    ReadOnlyObjectProperty<R> resultProperty();

    /** The message that belongs to no field. */
    ReadOnlyStringProperty generalErrorProperty();

    /** The dialog closed without a result. */
    default void cancel() {
    }

    /** True once the form will not send again: Cancel then reads "Close". */
    default ObservableBooleanValue lockedProperty() {
        return Constants.NEVER;
    }

    /**
     * True when the last send was lost, the state read again shows nothing changed, and OK now
     * reads "Try again" (it still sends only when pressed).
     */
    default ObservableBooleanValue retryProperty() {
        return Constants.NEVER;
    }

    /** Why this form cannot send anything at all, or "". */
    default ObservableStringValue blockedReasonProperty() {
        return Constants.NO_REASON;
    }

    /** True when Cancel may drop a running request; false when it must wait for the answer. */
    default boolean cancelsWhileBusy() {
        return false;
    }

    /**
     * What OK would send, as commands to type in a shell (the official {@code bytemark} tool and
     * {@code curl}), or empty while the input is not ready. A form that returns
     * {@link #offersCommand()} true gets a "Copy as command" button from the dialog frame.
     */
    default java.util.Optional<String> commandToCopy() {
        return java.util.Optional.empty();
    }

    /** True when this form's change can be copied as a command (every dialog that sends a change). */
    default boolean offersCommand() {
        return false;
    }

    /** The defaults' values, made once. */
    final class Constants {
        static final ReadOnlyBooleanProperty NEVER = new ReadOnlyBooleanWrapper(false)
                .getReadOnlyProperty();
        static final ReadOnlyStringProperty NO_REASON = new ReadOnlyStringWrapper("").getReadOnlyProperty();

        private Constants() {
        }
    }
}
