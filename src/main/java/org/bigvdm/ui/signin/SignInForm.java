package org.bigvdm.ui.signin;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.Credentials;
import org.bigvdm.service.session.SavedChoice;
import org.bigvdm.service.session.ToolChoice;
import org.bigvdm.ui.form.FieldState;
import org.bigvdm.ui.form.FormState;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * What the sign-in dialog shows: the typed fields, whether a code is asked for, the notice and
 * the messages (through the shared {@link FormState}). Its methods are the few ways that state
 * changes as a whole, so the ViewModel and {@link SignInFailures} never clear one field and
 * forget its neighbour. A package-private holder; the ViewModel hands the properties out.
 */
final class SignInForm {
    final ObjectProperty<EndpointChoice> endpointChoice = new SimpleObjectProperty<>(EndpointChoice.BYTEMARK_CLOUD);
    final StringProperty brainUrl = new SimpleStringProperty("");
    final StringProperty authUrl = new SimpleStringProperty("");
    final StringProperty username = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final BooleanProperty useApiKey = new SimpleBooleanProperty();
    final StringProperty apiKey = new SimpleStringProperty("");
    final StringProperty twoFactorCode = new SimpleStringProperty("");
    final StringProperty yubikeyOtp = new SimpleStringProperty("");
    final ReadOnlyBooleanWrapper codeRequired = new ReadOnlyBooleanWrapper();
    final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** Busy, the general message, and one message per field, each cleared when its field is edited. */
    final FormState state = new FormState();
    private final Map<SignInField, FieldState> fields = new EnumMap<>(SignInField.class);

    SignInForm() {
        fields.put(SignInField.BRAIN_URL, state.field("brain_url", brainUrl));
        fields.put(SignInField.AUTH_URL, state.field("auth_url", authUrl));
        fields.put(SignInField.USERNAME, state.field("username", username));
        fields.put(SignInField.PASSWORD, state.field("password", password));
        fields.put(SignInField.API_KEY, state.field("api_key", apiKey));
        fields.put(SignInField.CODE, state.field("code", twoFactorCode));
        // "Could not reach …" is about the URL as it was: editing a URL or the choice lets it go
        InvalidationListener urlEdited = o -> {
            if (!state.busyProperty().get() && state.generalErrorProperty().get().startsWith(
                    SignInMessages.UNREACHABLE_PREFIX)) {
                state.showGeneral("");
            }
        };
        brainUrl.addListener(urlEdited);
        authUrl.addListener(urlEdited);
        endpointChoice.addListener(urlEdited);
    }

    FieldState field(SignInField field) {
        return fields.get(field);
    }

    /** Shows each problem beside its field; fields not named keep what they show. */
    void show(Map<SignInField, String> problems) {
        problems.forEach((field, message) -> field(field).show(message));
    }

    /** A snapshot for {@link SignInInputCheck}. */
    SignInInput input() {
        return new SignInInput(endpointChoice.get(), brainUrl.get(), authUrl.get(), username.get(), password.get(),
                useApiKey.get(), apiKey.get(), codeRequired.get(), twoFactorCode.get(), yubikeyOtp.get());
    }

    /** What a password sign-in sends; the code only once the service has asked for one. */
    Credentials credentials() {
        return new Credentials(username.get().strip(), password.get().toCharArray(), Credentials.DEFAULT_VALIDITY,
                codeRequired.get() ? blankToNull(twoFactorCode.get()) : null, blankToNull(yubikeyOtp.get()));
    }

    /** Fills the endpoint and username the user had last time. */
    void prefill(SavedChoice saved) {
        if (saved.custom()) {
            endpointChoice.set(EndpointChoice.CUSTOM);
            brainUrl.set(saved.brainUrl());
            authUrl.set(saved.authUrl());
        }
        if (!saved.username().isBlank()) {
            username.set(saved.username());
        }
    }

    /** The bytemark tool's user name if none is typed, and its service if it is not Bytemark Cloud. */
    void prefill(ToolChoice tool) {
        if (username.get().isBlank()) {
            tool.user().ifPresent(username::set);
        }
        // BM_ENDPOINT / BM_AUTH_ENDPOINT (or the tool's files) name another service: offer it
        if (endpointChoice.get() == EndpointChoice.BYTEMARK_CLOUD && brainUrl.get().isBlank()) {
            tool.otherBrainUrl().ifPresent(e -> {
                endpointChoice.set(EndpointChoice.CUSTOM);
                brainUrl.set(e);
                authUrl.set(tool.authUrl().orElse(""));
            });
        }
    }

    /** Secrets go as soon as they are no longer needed (closed dialog, answer received). */
    void forgetSecrets() {
        password.set("");
        apiKey.set("");
    }

    void forgetCodes() {
        twoFactorCode.set("");
        yubikeyOtp.set("");
    }

    /** After a sign-in nothing typed in secret is kept and the code field goes away. */
    void signedIn() {
        forgetSecrets();
        forgetCodes();
        codeRequired.set(false);
        notice.set("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
