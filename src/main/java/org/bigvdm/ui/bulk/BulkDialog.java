package org.bigvdm.ui.bulk;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.ui.backups.SchedulePreset;
import org.bigvdm.ui.dialogs.SizeUnit;

/**
 * The window of a bulk action: its input, the preview table (each row: what, now, after, and
 * whether it is allowed or, once sent, its result), one-at-a-time or four at once, Send, Stop
 * (the rows not yet sent stay unsent) and Close. Binds to {@link BulkRunViewModel} only.
 */
public final class BulkDialog implements BulkDialogs {
    private final Window owner;

    public BulkDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void grow(BulkGrowViewModel vm) {
        TextField size = new TextField();
        size.setId("bulkSize");
        size.setPromptText("+10 or 50");
        size.setPrefColumnCount(8);
        size.textProperty().bindBidirectional(vm.sizeProperty());
        ChoiceBox<SizeUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(SizeUnit.values());
        unit.valueProperty().bindBidirectional(vm.unitProperty());
        Label problem = problem(vm);
        problem.visibleProperty().bind(vm.sizeProperty().isNotEmpty());
        HBox input = new HBox(8, new Label("Grow each disc by +N or to N:"), size, unit, problem);
        input.setAlignment(Pos.CENTER_LEFT);
        input.disableProperty().bind(vm.startedProperty());
        show("Grow " + vm.rows().size() + (vm.rows().size() == 1 ? " disc" : " discs"), "Grow", vm, input, "Disc");
        size.requestFocus();
    }

    @Override
    public void schedule(BulkScheduleViewModel vm) {
        ChoiceBox<SchedulePreset> preset = new ChoiceBox<>();
        preset.getItems().setAll(BulkScheduleViewModel.PRESETS);
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        TextField start = new TextField();
        start.setId("bulkScheduleStart");
        start.setPrefColumnCount(10);
        start.textProperty().bindBidirectional(vm.startAtProperty());
        TextField keep = new TextField();
        keep.setId("bulkScheduleKeep");
        keep.setPrefColumnCount(4);
        keep.textProperty().bindBidirectional(vm.capacityProperty());
        HBox fields = new HBox(8, preset, new Label("from"), start, new Label("UK time, keep"), keep);
        fields.setAlignment(Pos.CENTER_LEFT);
        VBox input = new VBox(4, fields, problem(vm));
        input.disableProperty().bind(vm.startedProperty());
        show("Add a schedule to " + vm.rows().size() + (vm.rows().size() == 1 ? " disc" : " discs"), "Add schedule",
                vm, input, "Disc");
    }

    @Override
    public void run(String title, String sendText, String itemHeader, BulkRunViewModel vm) {
        show(title, sendText, vm, new Label(title), itemHeader);
    }

    /** What is wrong with the action's fields, beside them. */
    private static Label problem(BulkRunViewModel vm) {
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.inputProblemProperty());
        return problem;
    }

    private void show(String title, String sendText, BulkRunViewModel vm, Node input, String itemHeader) {
        BooleanBinding cannotSend = Bindings.createBooleanBinding(() -> vm.whyNoSend() != null, vm.rows(),
                vm.startedProperty(), vm.inputProblemProperty());
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);

        TableView<BulkRow> table = new TableView<>(vm.rows());
        table.setId("bulkPreview");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(
                column(itemHeader, BulkRow::item, 120), column("Server", BulkRow::server, 110),
                column("Now", BulkRow::current, 90), column("After", BulkRow::proposed, 90), resultColumn()));
        table.setPrefHeight(260);
        VBox.setVgrow(table, Priority.ALWAYS);

        CheckBox parallel = new CheckBox("Send " + BulkSender.MAX_PARALLEL + " at a time (else one after another)");
        parallel.selectedProperty().bindBidirectional(vm.parallelProperty());
        parallel.disableProperty().bind(vm.startedProperty());
        Label summary = new Label();
        summary.setId("bulkSummary");
        summary.textProperty().bind(vm.summaryProperty());

        Button send = new Button(sendText);
        send.setId("bulkSend");
        send.setDefaultButton(true);
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(cannotSend);
        send.setOnAction(e -> vm.send());
        Button stop = new Button("Stop");
        stop.setId("bulkStop");
        stop.setTooltip(new javafx.scene.control.Tooltip("Send no more rows; those on their way finish"));
        stop.disableProperty().bind(vm.runningProperty().not());
        stop.setOnAction(e -> vm.cancel());
        Button close = new Button("Close");
        close.setId("bulkClose");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        stage.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, summary, spacer, stop, close, send);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label("Nothing is sent before you press " + sendText + ". Each allowed row is sent once; "
                + "rows not allowed are left as they are.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox root = new VBox(10, input, note, table, parallel, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(720);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    private static TableColumn<BulkRow, String> column(String title, java.util.function.Function<BulkRow, String> value,
                                                       double width) {
        TableColumn<BulkRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        return c;
    }

    /** "will be sent", the reason it is not allowed, or the row's result, coloured by how it stands. */
    private static TableColumn<BulkRow, String> resultColumn() {
        TableColumn<BulkRow, String> c = new TableColumn<>("Allowed / result");
        c.setId("bulkResultColumn");
        c.setCellValueFactory(d -> d.getValue().resultProperty());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);
                BulkRow row = empty ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text));
                if (row == null) {
                    return;
                }
                switch (row.status()) {
                    case DONE -> getStyleClass().add(Styles.SUCCESS);
                    case REFUSED, NOT_ALLOWED -> getStyleClass().add(Styles.DANGER);
                    case UNKNOWN -> getStyleClass().add(Styles.WARNING);
                    case NOT_SENT -> getStyleClass().add(Styles.TEXT_MUTED);
                    default -> { }
                }
            }
        });
        c.setPrefWidth(240);
        c.setMinWidth(160);
        return c;
    }
}
