package org.bigvdm.ui.move;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.move.MovePickerViewModel.Choice;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** "Move to…": a search field over the servers, each with why the disc cannot go there. Only binds. */
public final class MovePickerDialog {
    private MovePickerDialog() {
    }

    public static Dialog<ServerEntry> create(MovePickerViewModel vm) {
        Dialog<ServerEntry> dialog = new Dialog<>();
        dialog.setTitle("Move disc");
        dialog.setHeaderText(vm.heading());
        ButtonType move = new ButtonType("Move", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(move, ButtonType.CANCEL);

        CustomTextField search = new CustomTextField();
        search.setId("moveSearch");
        search.setPromptText("Search servers");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.textProperty().bindBidirectional(vm.searchProperty());

        ListView<Choice> list = new ListView<>(vm.choices());
        list.setId("moveTargets");
        list.setPrefSize(440, 320);
        list.setCellFactory(lv -> new ChoiceCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, c) -> vm.chosenProperty().set(c));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label why = new Label();
        why.setId("moveWhyNot");
        why.setWrapText(true);
        why.getStyleClass().add(Styles.TEXT_MUTED);
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            Choice c = vm.chosenProperty().get();
            return c == null || c.whyNot() == null ? "" : c.whyNot()
                    + (c.choosable() ? " You will be asked to shut it down first." : "");
        }, vm.chosenProperty()));

        VBox content = new VBox(8, search, list, why);
        dialog.getDialogPane().setContent(content);
        Button ok = (Button) dialog.getDialogPane().lookupButton(move);
        ok.setId("moveOk");
        ok.disableProperty().bind(Bindings.isNotNull(vm.whyNoOkProperty()));
        dialog.setResultConverter(b -> b == move ? vm.result().orElse(null) : null);
        dialog.setOnShown(e -> search.requestFocus());
        return dialog;
    }

    /** A server's name and place, and in muted words why the disc cannot go there. */
    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label title = new Label(c.title() + "  ·  " + c.place());
            VBox box = new VBox(2, title);
            if (c.whyNot() != null) {
                Label why = new Label(c.whyNot());
                why.getStyleClass().addAll(Styles.TEXT_SMALL, c.choosable() ? Styles.WARNING : Styles.TEXT_MUTED);
                box.getChildren().add(why);
            }
            title.setDisable(!c.choosable());
            setText(null);
            setGraphic(box);
        }
    }
}
