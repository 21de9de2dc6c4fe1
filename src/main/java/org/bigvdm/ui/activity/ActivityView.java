package org.bigvdm.ui.activity;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalExport;
import org.bigvdm.service.journal.JournalLine;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Activity drawer: a filter row (text, outcome, from, to, export) over a virtualised table
 * of journal entries, newest first. Double-click or Enter on an entry shows its server or disc.
 */
public final class ActivityView extends VBox {
    private final TableView<JournalLine> table = new TableView<>();

    public ActivityView(ActivityViewModel vm) {
        setId("activityPanel");
        getStyleClass().add("activity-panel");

        TextField filter = TextFields.createClearableTextField();
        filter.setId("activityFilter");
        filter.setPromptText("Filter activity");
        filter.setPrefColumnCount(14);
        filter.textProperty().bindBidirectional(vm.filterTextProperty());

        ComboBox<JournalEntry.Outcome> outcome = new ComboBox<>();
        outcome.setId("activityOutcome");
        outcome.getItems().add(null);
        outcome.getItems().addAll(JournalEntry.Outcome.values());
        outcome.setButtonCell(outcomeCell());
        outcome.setCellFactory(l -> outcomeCell());
        outcome.valueProperty().bindBidirectional(vm.outcomeProperty());

        DatePicker from = new DatePicker();
        from.setId("activityFrom");
        from.setPromptText("From");
        from.setPrefWidth(120);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("activityTo");
        to.setPromptText("To");
        to.setPrefWidth(120);
        to.valueProperty().bindBidirectional(vm.toProperty());

        Button csv = exportButton(vm, JournalExport.Format.CSV);
        Button json = exportButton(vm, JournalExport.Format.JSON);
        Button copy = new Button("Copy command", new FontIcon("mdi2c-console-line"));
        copy.setId("activityCopyCommand");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the selected change as the bytemark command and the curl request"));
        copy.disableProperty().bind(vm.selectedProperty().isNull());
        copy.setOnAction(e -> vm.copySelectedAsCommand());

        Label status = new Label();
        status.setId("activityStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(vm.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label title = new Label("Activity");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        HBox bar = new HBox(8, title, filter, outcome, from, to, copy, spacer, status, csv, json);
        for (Region fixed : new Region[] {title, outcome, copy, status, csv, json}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));

        table.setId("activityTable");
        table.setPlaceholder(new Label("No activity recorded yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", 140, vm::when));
        table.getColumns().add(column("User", 90, JournalEntry::user));
        table.getColumns().add(column("What", 360, JournalEntry::what));
        table.getColumns().add(column("Outcome", 90, e -> title(e.outcome())));
        table.getColumns().add(column("Message", 300, JournalEntry::message));
        table.setItems(vm.shown());
        table.getStyleClass().add(Styles.DENSE);
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setRowFactory(t -> {
            TableRow<JournalLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.jumpToSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.jumpToSelected();
            }
        });
        MenuItem show = new MenuItem("Show server or disc");
        show.setOnAction(e -> vm.jumpToSelected());
        MenuItem copyItem = new MenuItem("Copy as command");
        copyItem.setOnAction(e -> vm.copySelectedAsCommand());
        table.setContextMenu(new ContextMenu(show, copyItem));
        VBox.setVgrow(table, Priority.ALWAYS);

        getChildren().addAll(bar, table);
        setPrefHeight(240);
    }

    public TableView<JournalLine> table() {
        return table;
    }

    private Button exportButton(ActivityViewModel vm, JournalExport.Format format) {
        String name = format.name();
        Button button = new Button(name, new FontIcon("mdi2f-file-export-outline"));
        button.setId("activityExport" + name);
        button.getStyleClass().add(Styles.SMALL);
        button.setTooltip(new Tooltip("Export the entries shown (the filters set the range) as " + name));
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export activity as " + name);
            chooser.setInitialFileName("activity." + format.extension());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(name, "*." + format.extension()));
            File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            if (file != null) {
                vm.export(format, file.toPath());
            }
        });
        return button;
    }

    private static TableColumn<JournalLine, String> column(String name, double width,
                                                           Function<JournalEntry, String> text) {
        TableColumn<JournalLine, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setSortable(false);
        // parsed here, for the rows on screen only
        column.setCellValueFactory(c -> {
            JournalEntry e = c.getValue().entry();
            return new ReadOnlyStringWrapper(e == null ? "(damaged line)" : text.apply(e));
        });
        return column;
    }

    private static ListCell<JournalEntry.Outcome> outcomeCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(JournalEntry.Outcome item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "Any outcome" : title(item));
            }
        };
    }

    private static String title(JournalEntry.Outcome outcome) {
        String n = outcome.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }
}
