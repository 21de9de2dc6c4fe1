package org.bigvdm.ui.signin;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sign-in dialog's state and what its buttons do. {@link #submit()} checks the input first
 * ({@link SignInInputCheck}: nothing is sent when it is wrong), then signs in through
 * {@link SignInFlow}; the outcome lands in {@link #resultProperty()} or, via
 * {@link SignInFailures}, in the error properties, one per field. Passwords are kept only until
 * the service has answered and are never logged or stored.
 */
public final class SignInViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    /** Which service to sign in to. */
    public enum EndpointChoice { BYTEMARK_CLOUD, CUSTOM }

    private final SignInFlow flow;
    private final SignInForm form = new SignInForm();
    private final ReadOnlyBooleanWrapper bytemarkTokenAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SignInResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSubmit;
    private BytemarkConfig bytemark;

    /**
     * @param authFactory builds an auth client for the endpoints the user picked
     * @param tasks       runs the network calls off the FX thread
     * @param tokens      where a successful sign-in's token is remembered
     */
    public SignInViewModel(Function<Endpoints, AuthApi> authFactory, TaskRunner tasks, TokenStore tokens) {
        flow = new SignInFlow(authFactory, tasks, tokens);
        canSubmit = Bindings.createBooleanBinding(() -> !flow.isBusy() && SignInInputCheck.complete(form.input()),
                flow.busyProperty(), form.useApiKey, form.apiKey, form.username, form.password, form.codeRequired,
                form.twoFactorCode, form.yubikeyOtp, form.endpointChoice, form.brainUrl);
    }

    /** Verifies API keys before accepting them; without one a key is accepted as typed. */
    public void setApiKeyCheck(ApiKeyCheck check) {
        flow.setApiKeyCheck(check);
    }

    /** Offers the official tool's saved token when it has one, and its user name if none is typed. */
    public void setBytemarkConfig(BytemarkConfig config) {
        this.bytemark = config;
        bytemarkTokenAvailable.set(config != null && config.token().isPresent());
        if (config != null) {
            form.prefill(config);
        }
    }

    /** Fills the endpoint and username the user had last time. */
    public void prefill(Settings settings) {
        form.prefill(settings);
    }

    /** Writes what should be offered next time (endpoint, username) into {@code settings}. */
    public void rememberIn(Settings settings, SignInResult signedIn) {
        boolean custom = !signedIn.endpoints().equals(Endpoints.BYTEMARK_CLOUD);
        settings.setCustomEndpoint(custom);
        settings.setBrainUrl(custom ? signedIn.endpoints().brain().toString() : null);
        settings.setAuthUrl(custom ? signedIn.endpoints().auth().toString() : null);
        settings.setUsername(signedIn.username().isBlank() ? settings.getUsername() : signedIn.username());
    }

    /** Ready for another sign-in (e.g. after the session expired): no result, no errors, no secrets. */
    public void reset() {
        cancel();
        result.set(null);
        form.errors.clear();
        form.codeRequired.set(false);
    }

    /** Checks the input, then signs in; does nothing while a sign-in is running. */
    public void submit() {
        if (flow.isBusy()) {
            return;
        }
        form.errors.clear();
        SignInInput typed = form.input();
        Map<SignInField, String> problems = SignInInputCheck.problems(typed);
        if (!problems.isEmpty()) {
            form.errors.show(problems);
            return;
        }
        // the check above accepted the endpoints, so they parse
        Endpoints endpoints = SignInInputCheck.endpoints(typed).orElseThrow();
        SignInFailures failures = new SignInFailures(form, endpoints);
        form.notice.set("");
        if (typed.useApiKey()) {
            flow.signInWithApiKey(endpoints, typed.apiKey().strip(), typed.username().strip(), this::succeeded,
                    failures::apiKeyFailed);
            return;
        }
        Credentials credentials = form.credentials();
        boolean codeSent = credentials.twoFactorCode() != null || credentials.yubikeyOtp() != null;
        flow.signInWithPassword(endpoints, credentials, this::succeeded, e -> failures.passwordFailed(e, codeSent));
    }

    /** Signs in with the token the official bytemark tool saved, once the service confirms it. */
    public void useBytemarkToken() {
        if (flow.isBusy() || bytemark == null || bytemark.token().isEmpty()) {
            return;
        }
        form.errors.clear();
        Endpoints endpoints;
        try {
            endpoints = BytemarkToolEndpoints.of(bytemark);
        } catch (IllegalArgumentException e) {
            form.errors.setGeneral("The bytemark tool's endpoint cannot be used: " + e.getMessage());
            return;
        }
        String token = bytemark.token().get();
        String toolUser = bytemark.user().orElse("");
        SignInFailures failures = new SignInFailures(form, endpoints);
        form.notice.set("");
        if (SignInInputCheck.isApiKey(token)) {
            flow.signInWithApiKey(endpoints, token, toolUser, this::succeeded, failures::apiKeyFailed);
        } else {
            flow.signInWithBytemarkToken(endpoints, token, toolUser, this::succeeded, failures::bytemarkTokenFailed);
        }
    }

    /**
     * At start-up: uses the token saved for the prefilled endpoint and username if the service
     * still knows it (API keys go through the {@link ApiKeyCheck}). On success the result is set
     * as after a sign-in; otherwise {@code onNoSession} runs (show the dialog). A token the
     * service no longer knows is forgotten; after a network failure it is kept and the dialog
     * shows why.
     */
    public void resumeSavedSession(Runnable onNoSession) {
        // quietly: start-up has no dialog to show why the endpoints are wrong
        Optional<Endpoints> chosen = SignInInputCheck.endpoints(form.input());
        if (flow.isBusy() || chosen.isEmpty()) {
            onNoSession.run();
            return;
        }
        Endpoints endpoints = chosen.get();
        flow.resume(endpoints, form.username.get().strip(),
                resumed -> resumed.ifPresentOrElse(this::succeeded, onNoSession), e -> {
                    form.errors.setGeneral(SignInFailures.describe(endpoints.auth(), e));
                    onNoSession.run();
                });
    }

    /** Stops waiting for a running sign-in (the dialog was closed); its answer is dropped. */
    public void cancel() {
        flow.cancel();
        form.forgetSecrets();
    }

    private void succeeded(SignInResult signedIn) {
        form.signedIn();
        LOG.info("Signed in as {} at {}{}", signedIn.username(), signedIn.endpoints().brain(),
                signedIn.apiKey() ? " with an API key" : "");
        result.set(signedIn);
    }

    // --- properties for the view and the app ---

    public ObjectProperty<EndpointChoice> endpointChoiceProperty() {
        return form.endpointChoice;
    }

    public StringProperty brainUrlProperty() {
        return form.brainUrl;
    }

    public StringProperty authUrlProperty() {
        return form.authUrl;
    }

    public StringProperty usernameProperty() {
        return form.username;
    }

    public StringProperty passwordProperty() {
        return form.password;
    }

    public BooleanProperty useApiKeyProperty() {
        return form.useApiKey;
    }

    public StringProperty apiKeyProperty() {
        return form.apiKey;
    }

    public StringProperty twoFactorCodeProperty() {
        return form.twoFactorCode;
    }

    public StringProperty yubikeyOtpProperty() {
        return form.yubikeyOtp;
    }

    /** True once the service said "Missing 2FA": show the code field. */
    public ReadOnlyBooleanProperty codeRequiredProperty() {
        return form.codeRequired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return flow.busyProperty();
    }

    public ReadOnlyBooleanProperty bytemarkTokenAvailableProperty() {
        return bytemarkTokenAvailable.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public ReadOnlyStringProperty usernameErrorProperty() {
        return form.errors.property(SignInField.USERNAME);
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return form.errors.property(SignInField.PASSWORD);
    }

    public ReadOnlyStringProperty brainUrlErrorProperty() {
        return form.errors.property(SignInField.BRAIN_URL);
    }

    public ReadOnlyStringProperty authUrlErrorProperty() {
        return form.errors.property(SignInField.AUTH_URL);
    }

    public ReadOnlyStringProperty apiKeyErrorProperty() {
        return form.errors.property(SignInField.API_KEY);
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return form.errors.property(SignInField.CODE);
    }

    /** A problem not tied to one field, e.g. "Could not reach auth.bytemark.co.uk". */
    public ReadOnlyStringProperty generalErrorProperty() {
        return form.errors.generalProperty();
    }

    /** Neutral guidance, e.g. that a two-factor code is needed. */
    public ReadOnlyStringProperty noticeProperty() {
        return form.notice.getReadOnlyProperty();
    }

    /** Set once signed in; the dialog closes when it turns non-null. */
    public ReadOnlyObjectProperty<SignInResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SignInResult getResult() {
        return result.get();
    }
}
