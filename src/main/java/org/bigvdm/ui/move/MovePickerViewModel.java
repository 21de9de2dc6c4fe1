package org.bigvdm.ui.move;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.bigvdm.service.ServerEntry;

/**
 * "Move to…": every other server, each with why the disc cannot go there (or none), filtered by
 * what is typed (server, group, account or hostname). Only a server it may go to, or one that
 * only needs shutting down first, can be chosen.
 */
public final class MovePickerViewModel {

    /**
     * One server to pick.
     *
     * @param whyNot why the disc cannot go there, or null
     * @param choosable it can be picked (no reason, or only that a server is running)
     */
    public record Choice(ServerEntry server, String title, String place, String whyNot, boolean choosable) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final String discLabel;
    private final String fromName;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Choice> chosen = new SimpleObjectProperty<>();
    private final FilteredList<Choice> shown;
    private final StringBinding whyNoOk;

    /**
     * @param candidates the servers in tree order
     * @param check      why the disc cannot go to a server (empty when it can), and whether only
     *                   running servers stand in the way
     */
    public MovePickerViewModel(String discLabel, String fromName, List<ServerEntry> candidates,
                               Function<ServerEntry, Optional<Check>> check) {
        this.discLabel = discLabel;
        this.fromName = fromName;
        ObservableList<Choice> all = FXCollections.observableArrayList(candidates.stream().map(s -> {
            Optional<Check> c = check.apply(s);
            return new Choice(s, s.vm().name(), s.group().name() + " · " + s.account().name(),
                    c.map(Check::reason).orElse(null), c.map(Check::onlyPower).orElse(true));
        }).toList());
        shown = new FilteredList<>(all, c -> true);
        search.addListener((o, was, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(c -> needle.isEmpty() || matches(c.server(), needle));
            if (chosen.get() != null && !shown.contains(chosen.get())) {
                chosen.set(null);
            }
        });
        whyNoOk = Bindings.createStringBinding(() -> {
            Choice c = chosen.get();
            return c == null ? "Pick the server to move " + discLabel + " to" : c.choosable() ? null : c.whyNot();
        }, chosen);
    }

    /** Why a move to a server is refused; {@code onlyPower}: shutting servers down would allow it. */
    public record Check(String reason, boolean onlyPower) {
    }

    public String heading() {
        return "Move disc " + discLabel + " from " + fromName + " to…";
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Choice> choices() {
        return shown;
    }

    public ObjectProperty<Choice> chosenProperty() {
        return chosen;
    }

    /** Why OK is off (nothing chosen, or a server the disc cannot go to), or null. */
    public StringBinding whyNoOkProperty() {
        return whyNoOk;
    }

    /** The chosen server, if it may be chosen. */
    public Optional<ServerEntry> result() {
        Choice c = chosen.get();
        return c != null && c.choosable() ? Optional.of(c.server()) : Optional.empty();
    }

    private static boolean matches(ServerEntry s, String needle) {
        return contains(s.vm().name(), needle) || contains(s.vm().hostname(), needle)
                || contains(s.group().name(), needle) || contains(s.account().name(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
