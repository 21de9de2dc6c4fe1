package org.bigvdm.ui.signin;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.Credentials;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.ui.signin.SignInViewModel.EndpointChoice;

/**
 * What the sign-in dialog shows: the typed fields, whether a code is asked for, the notice and
 * the errors. Its methods are the few ways that state changes as a whole, so the ViewModel and
 * {@link SignInFailures} never clear one field and forget its neighbour. A package-private
 * holder; the ViewModel hands the properties out.
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
    final SignInFieldErrors errors = new SignInFieldErrors();

    SignInForm() {
        errors.clearOnEdit(username, SignInField.USERNAME);
        errors.clearOnEdit(password, SignInField.PASSWORD);
        errors.clearOnEdit(brainUrl, SignInField.BRAIN_URL);
        errors.clearOnEdit(authUrl, SignInField.AUTH_URL);
        errors.clearOnEdit(apiKey, SignInField.API_KEY);
        errors.clearOnEdit(twoFactorCode, SignInField.CODE);
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
    void prefill(Settings settings) {
        if (settings.isCustomEndpoint()) {
            endpointChoice.set(EndpointChoice.CUSTOM);
            brainUrl.set(orEmpty(settings.getBrainUrl()));
            authUrl.set(orEmpty(settings.getAuthUrl()));
        }
        if (settings.getUsername() != null && !settings.getUsername().isBlank()) {
            username.set(settings.getUsername());
        }
    }

    /** The bytemark tool's user name if none is typed, and its service if it is not Bytemark Cloud. */
    void prefill(BytemarkConfig config) {
        if (username.get().isBlank()) {
            config.user().ifPresent(username::set);
        }
        // BM_ENDPOINT / BM_AUTH_ENDPOINT (or the tool's files) name another service: offer it
        if (endpointChoice.get() == EndpointChoice.BYTEMARK_CLOUD && brainUrl.get().isBlank()) {
            BytemarkToolEndpoints.otherService(config).ifPresent(e -> {
                endpointChoice.set(EndpointChoice.CUSTOM);
                brainUrl.set(e);
                authUrl.set(config.authEndpoint().orElse(""));
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

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
