package org.bigvdm.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * The sign-in form: controls bound to a {@link SignInViewModel}, an error line under each field,
 * a spinner while busy. No rules here; the buttons live in {@link SignInDialog}.
 */
public final class SignInView extends GridPane {
    private static final double FIELD_WIDTH = 360;
    private final SignInViewModel vm;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField apiKey = new PasswordField();
    private final TextField code = new TextField();
    private final TextField brainUrl = new TextField();
    private int row;

    public SignInView(SignInViewModel vm) {
        this.vm = vm;
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(10));
        // captions never shrink to "Userna…"; the field column takes the rest
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(FIELD_WIDTH, FIELD_WIDTH, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(captions, fields);

        BooleanExpression custom = vm.endpointChoiceProperty().isEqualTo(EndpointChoice.CUSTOM);
        BooleanExpression passwordMode = vm.useApiKeyProperty().not();
        BooleanExpression asksCode = vm.codeRequiredProperty().and(passwordMode);

        addRow("Service", endpointChoice(), null, null);
        brainUrl.setPromptText("https://uk0.bigv.io or http://127.0.0.1:port");
        addField("API URL", "brainUrl", brainUrl, vm.brainUrlProperty(), vm.brainUrlErrorProperty(), custom);
        TextField authUrl = new TextField();
        authUrl.setPromptText("empty: same as the API URL");
        addField("Auth URL", "authUrl", authUrl, vm.authUrlProperty(), vm.authUrlErrorProperty(), custom);

        CheckBox apiKeyMode = new CheckBox("Sign in with an API key instead of a password");
        apiKeyMode.setId("useApiKey");
        apiKeyMode.selectedProperty().bindBidirectional(vm.useApiKeyProperty());
        addRow("", apiKeyMode, null, null);

        addField("Username", "username", username, vm.usernameProperty(), vm.usernameErrorProperty(), null);
        addField("Password", "password", password, vm.passwordProperty(), vm.passwordErrorProperty(), passwordMode);
        apiKey.setPromptText("apikey.…");
        addField("API key", "apiKey", apiKey, vm.apiKeyProperty(), vm.apiKeyErrorProperty(), vm.useApiKeyProperty());

        Label notice = messageLabel(vm.noticeProperty(), Styles.ACCENT);
        addRow("", notice, null, Bindings.isNotEmpty(vm.noticeProperty()));
        code.setPromptText("6 digits");
        addField("Two-factor code", "code", code, vm.twoFactorCodeProperty(), vm.codeErrorProperty(), asksCode);
        addField("YubiKey (optional)", "yubikey", new PasswordField(), vm.yubikeyOtpProperty(), null, asksCode);

        addRow("", messageLabel(vm.generalErrorProperty(), Styles.DANGER), null,
                Bindings.isNotEmpty(vm.generalErrorProperty()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        HBox busy = new HBox(8, spinner, new Label("Signing in…"));
        busy.setId("busy");
        addRow("", busy, null, vm.busyProperty());

        Button useBytemark = new Button("Use the token saved by the bytemark tool");
        useBytemark.setId("useBytemarkToken");
        useBytemark.setOnAction(e -> vm.useBytemarkToken());
        useBytemark.disableProperty().bind(vm.busyProperty());
        addRow("", useBytemark, null, vm.bytemarkTokenAvailableProperty());

        // after an answer, the cursor goes where the user has to act
        vm.codeRequiredProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(code::requestFocus);
            }
        });
        vm.passwordErrorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                Platform.runLater(password::requestFocus);
            }
        });
    }

    /** Puts the cursor where the user has to type next. */
    public void focusFirstEmptyField() {
        TextInputControl target;
        if (vm.endpointChoiceProperty().get() == EndpointChoice.CUSTOM && brainUrl.getText().isBlank()) {
            target = brainUrl;
        } else if (vm.useApiKeyProperty().get()) {
            target = apiKey;
        } else if (username.getText().isBlank()) {
            target = username;
        } else if (vm.codeRequiredProperty().get()) {
            target = code;
        } else {
            target = password;
        }
        target.requestFocus();
    }

    private Node endpointChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton cloud = new RadioButton("Bytemark Cloud");
        cloud.setId("endpointCloud");
        cloud.setToggleGroup(group);
        RadioButton other = new RadioButton("Other server");
        other.setId("endpointCustom");
        other.setToggleGroup(group);
        // two-way: the radio buttons show the ViewModel's choice and set it
        Runnable show = () -> group.selectToggle(vm.endpointChoiceProperty().get() == EndpointChoice.CUSTOM ? other : cloud);
        show.run();
        vm.endpointChoiceProperty().addListener((o, a, b) -> show.run());
        group.selectedToggleProperty().addListener((o, a, selected) -> {
            if (selected != null) {
                vm.endpointChoiceProperty().set(selected == other ? EndpointChoice.CUSTOM : EndpointChoice.BYTEMARK_CLOUD);
            }
        });
        return new HBox(16, cloud, other);
    }

    private void addField(String label, String id, TextInputControl field, javafx.beans.property.StringProperty value,
                          ObservableStringValue error, BooleanExpression visible) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(vm.busyProperty());
        Label error1 = error == null ? null : messageLabel(error, Styles.DANGER);
        if (error1 != null) {
            error1.setId(id + "Error");
        }
        addRow(label, field, error1, visible);
    }

    /** A label column, the control, and an error line under it that only takes space when shown. */
    private void addRow(String label, Node control, Label error, BooleanExpression visible) {
        Label caption = new Label(label);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        add(caption, 0, row);
        add(control, 1, row);
        bindShown(caption, visible);
        bindShown(control, visible);
        row++;
        if (error != null) {
            add(error, 1, row);
            BooleanExpression hasError = Bindings.isNotEmpty(error.textProperty());
            bindShown(error, visible == null ? hasError : visible.and(hasError));
            row++;
        }
        if (control instanceof TextInputControl input) {
            caption.setLabelFor(input);
        }
    }

    private static Label messageLabel(ObservableStringValue text, String style) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        // a fixed preferred width lets long messages wrap instead of widening the dialog
        l.setPrefWidth(FIELD_WIDTH);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(style, Styles.TEXT_SMALL);
        return l;
    }

    private static void bindShown(Node node, BooleanExpression visible) {
        if (visible != null) {
            node.visibleProperty().bind(visible);
            node.managedProperty().bind(visible);
        }
    }
}
