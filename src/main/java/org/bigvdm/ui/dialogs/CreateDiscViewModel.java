package org.bigvdm.ui.dialogs;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.ui.form.FieldState;

/** Adds a disc: optional label (empty lets the service pick disc-N), size with unit, grade. */
public final class CreateDiscViewModel extends DiscDialogViewModel<Disc> {
    public static final String RUNNING_NOTE =
            "The server is running: the guest sees the new disc after a restart.";

    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty size = new SimpleStringProperty("");
    private final ObjectProperty<SizeUnit> unit = new SimpleObjectProperty<>(SizeUnit.GIB);
    private final ObservableList<String> grades;
    private final ObjectProperty<String> grade = new SimpleObjectProperty<>();
    private final FieldState labelField;
    private final FieldState sizeField;
    private final FieldState gradeField;

    public CreateDiscViewModel(ChangeService changes, ServerContext server) {
        super(changes, server);
        List<String> known = server.definitions().storageGrades();
        // the grades come from /definitions; without them only the service default is safe
        grades = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(
                known.isEmpty() ? List.of(DiscRules.DEFAULT_GRADE) : known));
        grade.set(grades.contains(DiscRules.DEFAULT_GRADE) ? DiscRules.DEFAULT_GRADE : grades.get(0));
        labelField = field("label", () -> labelSentence(DiscRules.labelProblem(label.get(), server.labels())), label);
        sizeField = field("size", () -> SizeInput.discSize(size.get(), unit.get()).problemText(), size, unit);
        gradeField = field("storage_grade",
                () -> grade.get() == null ? Optional.of("Choose a storage grade") : Optional.empty(), grade);
    }

    /** Why the main window's "Add disc" button is off (its tooltip), or empty when it may open. */
    public static Optional<String> whyCannotCreate(ServerContext server) {
        return server.whyCannotAddDisc();
    }

    @Override
    protected Optional<String> whyBlocked() {
        return whyCannotCreate(server);
    }

    @Override
    protected ChangeRequest<Disc> request() {
        String l = label.get();
        long mib = SizeInput.discSize(size.get(), unit.get()).mib();
        return DiscChanges.create(server.target(), new DiscSpec(l == null || l.isEmpty() ? null : l, mib, grade.get()));
    }

    /** Prompt text for an empty label: the name the service will give the disc. */
    /** A disc with the asked label tells; without a label (the service picks disc-N) nothing can. */
    @Override
    protected Optional<Truth> truthAfter(Optional<VirtualMachine> now) {
        String asked = label.get() == null ? "" : label.get();
        if (asked.isEmpty() || now.isEmpty()) {
            return Optional.empty();
        }
        boolean there = now.get().discs().stream().anyMatch(d -> asked.equals(d.label()));
        return Optional.of(there
                ? new Truth(true, "The disc " + asked + " is there now: it was created.")
                : new Truth(false, "Nothing changed: there is no disc " + asked + " on " + server.serverName() + "."));
    }

    public String autoLabel() {
        return DiscRules.autoLabel(server.labels());
    }

    /** "Premium SSD" for "ssd": for the grade choice. */
    public String describeGrade(String g) {
        return server.definitions().describe(g);
    }

    /** The restart note for a running server, or "". */
    public String runningNote() {
        return server.powerOn() ? RUNNING_NOTE : "";
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<SizeUnit> unitProperty() {
        return unit;
    }

    public ObservableList<String> grades() {
        return grades;
    }

    public ObjectProperty<String> gradeProperty() {
        return grade;
    }

    public FieldState labelField() {
        return labelField;
    }

    public FieldState sizeField() {
        return sizeField;
    }

    public FieldState gradeField() {
        return gradeField;
    }
}
