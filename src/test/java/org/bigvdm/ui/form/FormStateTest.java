package org.bigvdm.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.testutil.QueueExecutor;
import org.junit.jupiter.api.Test;

/** The parts every form shares: messages beside fields, and one request at a time. */
class FormStateTest {
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final FormState form = new FormState();
    private final FieldState labelField = form.field("label",
            () -> label.get().contains("/") ? Optional.of("Label has a /") : Optional.empty(), label);
    private final FieldState userField = form.field("username", user);

    @Test
    void aCheckBlocksAtOnceButSpeaksOnlyOnceTheFieldWasEdited() {
        FormState fresh = new FormState();
        StringProperty input = new SimpleStringProperty("a/b");
        FieldState f = fresh.field("label", () -> Optional.of("always wrong"), input);
        assertThat(f.message()).isEmpty();
        assertThat(fresh.fieldsValidProperty().get()).isFalse();
        input.set("c");
        assertThat(f.message()).isEqualTo("always wrong");
    }

    @Test
    void aShownMessageStaysUntilItsFieldIsEditedAgain() {
        userField.show("Enter your username");
        assertThat(userField.message()).isEqualTo("Enter your username");
        assertThat(form.fieldsValidProperty().get()).isFalse();
        user.set("alice");
        assertThat(userField.message()).isEmpty();
        user.set("bob");
        userField.show("Wrong");
        user.set("carol");
        assertThat(userField.message()).as("every edit clears it, not only the first").isEmpty();
    }

    @Test
    void aNewAttemptClearsEveryMessage() {
        label.set("x/y");
        userField.show("Enter your username");
        form.showGeneral("Could not reach host");
        form.clearMessages();
        assertThat(userField.message()).isEmpty();
        assertThat(form.generalErrorProperty().get()).isEmpty();
        assertThat(labelField.message()).as("the field's own check still speaks").isEqualTo("Label has a /");
    }

    @Test
    void oneRequestAtATimeBusyUntilItEndsOrIsCancelled() {
        QueueExecutor background = QueueExecutor.queued();
        TaskRunner runner = new ExecutorTaskRunner(background, Runnable::run);

        assertThat(form.run(runner.task("First", () -> 1))).isTrue();
        assertThat(form.busyProperty().get()).isTrue();
        assertThat(form.run(runner.task("Second", () -> 2))).as("refused while busy").isFalse();
        background.runNext();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(background.isEmpty()).isTrue();

        form.run(runner.task("Third", () -> 3));
        form.cancel();
        assertThat(form.busyProperty().get()).isFalse();
    }
}
