package org.bigvdm.ui.dialogs;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.service.TaskRunner;

/** Renames a disc. Starts with the current label; OK stays off until it is changed and valid. */
public final class RelabelDiscViewModel extends DiscDialogViewModel<Disc> {
    private final Disc disc;
    private final StringProperty label;
    private final FieldState labelField;

    public RelabelDiscViewModel(BrainApi api, TaskRunner runner, ServerContext server, Disc disc) {
        super(api, runner, server, "Renaming disc " + disc.label());
        this.disc = disc;
        this.label = new SimpleStringProperty(disc.label() == null ? "" : disc.label());
        labelField = field("label", this::labelProblem, label);
        requireAlso(this::changed, label);
    }

    private Optional<String> labelProblem() {
        String l = label.get();
        if (l == null || l.isEmpty()) {
            // only a new disc gets an automatic name; a rename needs one
            return Optional.of("Enter a label");
        }
        return labelSentence(DiscRules.labelProblem(l, server.labelsExcept(disc)));
    }

    /** True once the label differs from the current one (exactly: case counts). */
    public boolean changed() {
        return !java.util.Objects.equals(label.get(), disc.label());
    }

    @Override
    protected Callable<Disc> request() {
        String newLabel = label.get();
        return () -> api.relabelDisc(server.ref(), address(disc), newLabel);
    }

    public Disc disc() {
        return disc;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public FieldState labelField() {
        return labelField;
    }
}
