package org.bigvdm.ui.dialogs;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.ui.form.FieldState;

/** Renames a disc. Starts with the current label; OK stays off until it is changed and valid. */
public final class RelabelDiscViewModel extends DiscDialogViewModel<Disc> {
    private final Disc disc;
    private final StringProperty label;
    private final FieldState labelField;

    public RelabelDiscViewModel(ChangeService changes, ServerContext server, Disc disc) {
        super(changes, server);
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
        return !Objects.equals(label.get(), disc.label());
    }

    @Override
    protected ChangeRequest<Disc> request() {
        return DiscChanges.relabel(server.target(), disc, label.get());
    }

    @Override
    protected Optional<Truth> truthAfter(Optional<VirtualMachine> now) {
        return discById(now, disc.id()).map(d -> Objects.equals(d.label(), disc.label())
                ? new Truth(false, "Nothing changed: the disc is still called " + d.label() + ".")
                : new Truth(true, "The disc is now called " + d.label()
                        + (Objects.equals(d.label(), label.get()) ? ": the relabel went through." : ".")));
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
