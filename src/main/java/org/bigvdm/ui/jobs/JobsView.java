package org.bigvdm.ui.jobs;

import atlantafx.base.theme.Styles;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;

/**
 * The Jobs drawer: ControlsFX's {@link TaskProgressView}, one row per job with its progress,
 * what it is doing and the time left, and a Cancel that stops the waiting where that is possible.
 * The rows are stand-in {@link Task}s that mirror the ViewModel's jobs; none of them runs.
 */
public final class JobsView extends VBox {
    private final TaskProgressView<Task<Void>> view = new TaskProgressView<>();
    private final Map<JobItem, Mirror> shown = new HashMap<>();

    public JobsView(JobsViewModel vm) {
        setId("jobsPanel");
        view.setId("jobsList");
        Label title = new Label("Jobs");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label hint = new Label("Cancel stops the waiting; what the service already does goes on."
                + " Migrations run on the service and cannot be stopped here.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox.setVgrow(view, Priority.ALWAYS);
        setPadding(new Insets(4, 8, 4, 8));
        setSpacing(4);
        getChildren().addAll(title, hint, view);
        setPrefHeight(200);

        vm.jobs().forEach(this::add);
        vm.jobs().addListener((ListChangeListener<JobItem>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                c.getAddedSubList().forEach(this::add);
            }
        });
    }

    public TaskProgressView<Task<Void>> taskView() {
        return view;
    }

    private void add(JobItem item) {
        Mirror task = new Mirror(item);
        shown.put(item, task);
        view.getTasks().add(task);
    }

    private void remove(JobItem item) {
        Mirror task = shown.remove(item);
        if (task != null) {
            view.getTasks().remove(task);
        }
    }

    /** A job as the TaskProgressView wants it: title, message, progress and cancel. Never run. */
    static final class Mirror extends Task<Void> {
        private final JobItem item;

        Mirror(JobItem item) {
            this.item = item;
            updateTitle(item.title());
            item.progressProperty().addListener(o -> sync());
            item.detailProperty().addListener(o -> sync());
            sync();
        }

        private void sync() {
            double p = item.progressProperty().get();
            updateProgress(p < 0 ? -1 : p, 1);
            updateMessage(item.detailProperty().get() + (item.cancellable() ? "" : " · " + item.cancelNote()));
        }

        @Override
        protected Void call() {
            return null;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            if (!item.cancellable()) {
                return false;
            }
            item.cancel();
            return super.cancel(mayInterruptIfRunning);
        }
    }
}
