package org.bigvdm.ui.signin;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.bigvdm.ui.form.view.FormGrid;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * The sign-in form: controls bound to a {@link SignInViewModel}, each field's message under it.
 * No rules here; the buttons, the spinner and the general message are the shared dialog frame's.
 */
final class SignInView {
    private static final double FIELD_WIDTH = 360;
    private final SignInViewModel vm;
    private final FormGrid grid = FormGrid.withMessagesBelow(FIELD_WIDTH);
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField apiKey = new PasswordField();
    private final TextField code = new TextField();
    private final TextField brainUrl = new TextField();

    SignInView(SignInViewModel vm) {
        this.vm = vm;
        BooleanExpression custom = vm.endpointChoiceProperty().isEqualTo(EndpointChoice.CUSTOM);
        BooleanExpression passwordMode = vm.useApiKeyProperty().not();
        BooleanExpression asksCode = vm.codeRequiredProperty().and(passwordMode);

        grid.field("Service", endpointChoice(), null, null);
        grid.field("API URL", FormGrid.bound(brainUrl, vm.brainUrlProperty(), "brainUrl",
                "https://uk0.bigv.io or http://127.0.0.1:port"), vm.brainUrlErrorProperty(), "brainUrlError", custom);
        grid.field("Auth URL", FormGrid.bound(new TextField(), vm.authUrlProperty(), "authUrl",
                "empty: same as the API URL"), vm.authUrlErrorProperty(), "authUrlError", custom);

        CheckBox apiKeyMode = new CheckBox("Sign in with an API key instead of a password");
        apiKeyMode.setId("useApiKey");
        apiKeyMode.selectedProperty().bindBidirectional(vm.useApiKeyProperty());
        grid.plain(apiKeyMode, null);

        grid.field("Username", FormGrid.bound(username, vm.usernameProperty(), "username", null),
                vm.usernameErrorProperty(), "usernameError");
        grid.field("Password", FormGrid.bound(password, vm.passwordProperty(), "password", null),
                vm.passwordErrorProperty(), "passwordError", passwordMode);
        grid.field("API key", FormGrid.bound(apiKey, vm.apiKeyProperty(), "apiKey", "apikey.…"),
                vm.apiKeyErrorProperty(), "apiKeyError", vm.useApiKeyProperty());

        grid.text(vm.noticeProperty(), "notice", Styles.ACCENT, Styles.TEXT_SMALL);
        grid.field("Two-factor code", FormGrid.bound(code, vm.twoFactorCodeProperty(), "code", "6 digits"),
                vm.codeErrorProperty(), "codeError", asksCode);
        grid.field("YubiKey (optional)", FormGrid.bound(new PasswordField(), vm.yubikeyOtpProperty(), "yubikey",
                null), null, null, asksCode);

        Button useBytemark = new Button("Use the token saved by the bytemark tool");
        useBytemark.setId("useBytemarkToken");
        useBytemark.setOnAction(e -> vm.useBytemarkToken());
        grid.plain(useBytemark, vm.bytemarkTokenAvailableProperty());

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

    Node node() {
        return grid;
    }

    /** Puts the cursor where the user has to type next. */
    void focusFirstEmptyField() {
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
        Runnable show = () -> group.selectToggle(vm.endpointChoiceProperty().get() == EndpointChoice.CUSTOM
                ? other : cloud);
        show.run();
        vm.endpointChoiceProperty().addListener((o, a, b) -> show.run());
        group.selectedToggleProperty().addListener((o, a, selected) -> {
            if (selected != null) {
                vm.endpointChoiceProperty().set(selected == other ? EndpointChoice.CUSTOM
                        : EndpointChoice.BYTEMARK_CLOUD);
            }
        });
        return new HBox(16, cloud, other);
    }
}
