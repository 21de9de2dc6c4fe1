package org.bigvdm.ui.discs;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.bigvdm.ui.common.SizeFormat;

/**
 * The disc table. Only binds to {@link DiscTableViewModel}: columns read {@link DiscRow}
 * accessors, sorting goes through a SortedList (so the user's sort survives refreshes), and the
 * selection follows the ViewModel's selected row.
 */
public final class DiscTableView extends TableView<DiscRow> {
    private final DiscTableViewModel viewModel;
    private boolean syncing;

    public DiscTableView(DiscTableViewModel viewModel) {
        this.viewModel = viewModel;
        setId("discTable");
        getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<DiscRow, String> label = textColumn("Label", "labelColumn", DiscRow::label, r -> null);
        TableColumn<DiscRow, Long> size = new TableColumn<>("Size");
        size.setId("sizeColumn");
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sizeMib()));
        size.setCellFactory(c -> new SizeCell());
        size.setStyle("-fx-alignment: CENTER-RIGHT;");
        // the service's words for a grade, as the dialogs show them; its code in the tooltip
        TableColumn<DiscRow, String> grade = textColumn("Grade", "gradeColumn", DiscRow::gradeText,
                r -> "Storage grade code: " + r.grade());
        TableColumn<DiscRow, String> pool = textColumn("Storage pool", "poolColumn", DiscRow::pool, r -> null);
        TableColumn<DiscRow, Long> id = new TableColumn<>("ID");
        id.setId("idColumn");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        TableColumn<DiscRow, String> server = textColumn("Server", "serverColumn", DiscRow::serverName,
                r -> r.server().vm().hostname());
        server.visibleProperty().bind(viewModel.showServerColumnProperty());
        TableColumn<DiscRow, DiscRow> migration = new TableColumn<>("Migration");
        migration.setId("migrationColumn");
        migration.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        migration.setCellFactory(c -> new MigrationCell());
        migration.setComparator(Comparator.comparing(DiscRow::migrationFraction));
        migration.setPrefWidth(170);
        // an empty Migration column gives its room away; in a small window the Label and Size
        // columns keep theirs longest
        migration.visibleProperty().bind(viewModel.anyMigratingProperty());
        label.setMinWidth(110);
        size.setMinWidth(80);
        grade.setMinWidth(110);
        pool.setMinWidth(50);
        id.setMinWidth(40);
        server.setMinWidth(70);
        label.setPrefWidth(160);
        size.setPrefWidth(90);
        grade.setPrefWidth(90);
        pool.setPrefWidth(130);
        id.setPrefWidth(80);
        server.setPrefWidth(140);

        getColumns().setAll(List.of(server, label, size, grade, pool, id, migration));

        SortedList<DiscRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);

        Label placeholder = new Label();
        placeholder.setId("discTablePlaceholder");
        placeholder.textProperty().bind(viewModel.emptyMessageProperty());
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        setPlaceholder(placeholder);

        // several discs for the bulk actions; Ctrl+A selects all shown
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<DiscRow>) c -> {
            if (!syncing) {
                viewModel.selectedRows().setAll(List.copyOf(getSelectionModel().getSelectedItems()));
            }
        });
        // a refresh replaces the rows: the ViewModel names the discs that stay selected
        viewModel.selectedRows().addListener((ListChangeListener<DiscRow>) c -> selectAll(viewModel.selectedRows()));
        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing) {
                viewModel.selectedRowProperty().set(row);
            }
        });
        viewModel.selectedRowProperty().addListener((o, a, row) -> select(row));
        viewModel.rows().addListener((ListChangeListener<DiscRow>) c ->
                select(viewModel.selectedRowProperty().get()));
    }

    private void select(DiscRow row) {
        if (getSelectionModel().getSelectedItem() == row && row != null) {
            return;
        }
        syncing = true;
        try {
            if (row == null) {
                getSelectionModel().clearSelection();
            } else {
                int index = getItems().indexOf(row);
                if (index >= 0 && !getSelectionModel().getSelectedItems().contains(row)) {
                    getSelectionModel().clearAndSelect(index); // the ViewModel's pick replaces a multi-selection
                }
                scrollToIfHidden(row);
            }
        } finally {
            syncing = false;
        }
    }

    /** Selects exactly these rows, the ViewModel's single pick last so that it is the focused one. */
    private void selectAll(List<DiscRow> wanted) {
        if (syncing || wanted.equals(getSelectionModel().getSelectedItems())) {
            return;
        }
        Set<DiscRow> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(wanted);
        DiscRow focused = viewModel.selectedRowProperty().get();
        List<Integer> indices = new ArrayList<>();
        int focusedIndex = -1;
        List<DiscRow> items = getItems();
        for (int i = 0; i < items.size(); i++) {
            DiscRow row = items.get(i);
            if (set.contains(row)) {
                if (focused != null && row.id() == focused.id()) {
                    focusedIndex = i;
                } else {
                    indices.add(i);
                }
            }
        }
        if (focusedIndex >= 0) {
            indices.add(focusedIndex);
        }
        syncing = true;
        try {
            getSelectionModel().clearSelection();
            if (!indices.isEmpty()) {
                int[] rest = indices.subList(1, indices.size()).stream().mapToInt(Integer::intValue).toArray();
                getSelectionModel().selectIndices(indices.get(0), rest);
            }
        } finally {
            syncing = false;
        }
    }

    private void scrollToIfHidden(DiscRow row) {
        int index = getItems().indexOf(row);
        if (index >= 0 && getItems().size() > 20) {
            scrollTo(Math.max(0, index - 3));
        }
    }

    private static TableColumn<DiscRow, String> textColumn(String title, String id, Function<DiscRow, String> value,
                                                           Function<DiscRow, String> tooltip) {
        TableColumn<DiscRow, String> col = new TableColumn<>(title);
        col.setId(id);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            private final ReusedTooltip tip = new ReusedTooltip(this);

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                DiscRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                tip.show(row == null ? null : tooltip.apply(row));
            }
        });
        return col;
    }

    /**
     * One tooltip per cell, its text changed as the cell shows another row: a new Tooltip per
     * update built a popup window and scene each time, most of a layout pulse at 77,000 rows.
     */
    private static final class ReusedTooltip {
        private final TableCell<?, ?> cell;
        private Tooltip tooltip;

        ReusedTooltip(TableCell<?, ?> cell) {
            this.cell = cell;
        }

        void show(String text) {
            if (text == null || text.isEmpty()) {
                cell.setTooltip(null);
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(text);
            cell.setTooltip(tooltip);
        }
    }

    /** Size in GiB, exact MiB in the tooltip; sorts by MiB. */
    private static final class SizeCell extends TableCell<DiscRow, Long> {
        private final ReusedTooltip tip = new ReusedTooltip(this);

        @Override
        protected void updateItem(Long mib, boolean empty) {
            super.updateItem(mib, empty);
            boolean none = empty || mib == null;
            setText(none ? null : SizeFormat.mib(mib));
            tip.show(none ? null : SizeFormat.exactMib(mib));
        }
    }

    /** A small progress bar and words while a disc moves between pools. */
    private static final class MigrationCell extends TableCell<DiscRow, DiscRow> {
        private final ReusedTooltip tip = new ReusedTooltip(this);
        private final ProgressBar bar = new ProgressBar();
        private final Label text = new Label();
        private final HBox box = new HBox(6, bar, text);

        MigrationCell() {
            bar.setPrefWidth(60);
            bar.getStyleClass().add(Styles.SMALL);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(DiscRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.migrationText().isEmpty()) {
                setGraphic(null);
                setText(null);
                tip.show(null);
                return;
            }
            bar.setProgress(row.migrationFraction());
            text.setText(row.migrationText());
            setGraphic(box);
            tip.show(row.migrationTooltip());
        }
    }
}
