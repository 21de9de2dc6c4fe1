package org.bigvdm.ui.bulk;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.FinishedChange;

/**
 * A bulk action's preview and run, for any kind of change: the rows (set by the action while it
 * is a preview), Send (only the allowed rows, one at a time or {@link BulkSender#MAX_PARALLEL} at
 * once), Cancel (the rows not yet sent stay unsent) and a summary of how the rows stand.
 */
public class BulkRunViewModel {
    private final BulkSender sender;
    private final String verb;
    private final ObservableList<BulkRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.statusProperty()});
    private final BooleanProperty parallel = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper inputProblem = new ReadOnlyStringWrapper("");
    private final StringBinding summary;
    private BulkSender.Run run;

    /** @param verb what Send does, for the summary ("grow", "back up") */
    public BulkRunViewModel(BulkSender sender, String verb) {
        this.sender = Objects.requireNonNull(sender);
        this.verb = verb;
        summary = Bindings.createStringBinding(this::summarise, rows, started);
    }

    /** A bulk action whose rows are fixed from the start (back up now, start servers). */
    public static BulkRunViewModel of(BulkSender sender, String verb, List<BulkRow> rows) {
        BulkRunViewModel vm = new BulkRunViewModel(sender, verb);
        vm.preview(rows);
        return vm;
    }

    public ObservableList<BulkRow> rows() {
        return rows;
    }

    /** Sets the preview's rows; ignored once sending has started. */
    protected void preview(List<BulkRow> fresh) {
        if (!started.get()) {
            rows.setAll(fresh);
        }
    }

    /** Send four at a time instead of one. */
    public BooleanProperty parallelProperty() {
        return parallel;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Send was pressed: the rows are fixed from then on. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public long allowedCount() {
        return rows.stream().filter(BulkRow::allowed).count();
    }

    /** "3 of 5 discs will grow; 2 not allowed", or, once sent, "2 done, 1 refused, 2 not sent". */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** What is wrong with what the action asks for (its fields), or empty; none for a fixed action. */
    public ReadOnlyStringProperty inputProblemProperty() {
        return inputProblem.getReadOnlyProperty();
    }

    /** Sets the problem with the action's fields; while there is one, nothing can be sent. */
    protected void inputProblem(String problem) {
        inputProblem.set(problem == null ? "" : problem);
    }

    /** Why Send cannot apply now, or null. */
    public String whyNoSend() {
        if (!inputProblem.get().isEmpty()) {
            return inputProblem.get();
        }
        if (started.get()) {
            return "Already sent";
        }
        return allowedCount() == 0 ? "No row is allowed" : null;
    }

    /** Sends every allowed row once; the others are left as they are. */
    public void send() {
        if (whyNoSend() != null) {
            return;
        }
        started.set(true);
        running.set(true);
        List<BulkRow> sent = rows.stream().filter(BulkRow::allowed).toList();
        sent.forEach(BulkRow::queued);
        List<ChangeRequest<?>> requests = sent.stream().<ChangeRequest<?>>map(BulkRow::request).toList();
        run = sender.start(requests, parallel.get() ? BulkSender.MAX_PARALLEL : 1, new BulkSender.Listener() {
            @Override
            public void sending(int row) {
                sent.get(row).sending();
            }

            @Override
            public void finished(int row, FinishedChange finished) {
                sent.get(row).finished(finished);
            }

            @Override
            public void stopped(int row) {
                sent.get(row).notSent();
            }

            @Override
            public void over() {
                running.set(false);
            }
        });
    }

    /** Stops the rows not yet sent; those on their way finish and show their result. */
    public void cancel() {
        if (run != null) {
            run.cancel();
        }
    }

    private String summarise() {
        if (!started.get()) {
            long allowed = allowedCount();
            long not = rows.size() - allowed;
            return allowed + " of " + rows.size() + " will " + verb + (not == 0 ? "" : "; " + not + " not allowed");
        }
        Map<BulkRow.Status, Integer> counts = new EnumMap<>(BulkRow.Status.class);
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<BulkRow.Status, Integer> e : counts.entrySet()) {
            if (e.getKey() == BulkRow.Status.NOT_ALLOWED) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' '));
        }
        return out.toString();
    }
}
