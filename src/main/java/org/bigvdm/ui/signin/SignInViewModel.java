package org.bigvdm.ui.signin;

import java.util.Map;
import java.util.Optional;
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
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.service.session.SignInResult;
import org.bigvdm.service.session.ToolChoice;
import org.bigvdm.ui.form.DialogForm;

/**
 * The sign-in dialog's state and what its buttons do. {@link #submit()} checks the input first
 * ({@link SignInInputCheck}: nothing is sent when it is wrong), then signs in through the
 * {@link SessionService}, which saves the token and remembers the choice; the outcome lands in
 * {@link #resultProperty()} or, via {@link SignInFailures}, in the messages, one per field.
 * Passwords are kept only until the service has answered and are never logged or stored.
 */
public final class SignInViewModel implements DialogForm<SignInResult> {
    /** Which service to sign in to. */
    public enum EndpointChoice { BYTEMARK_CLOUD, CUSTOM }

    private final SessionService session;
    private final SignInForm form = new SignInForm();
    private final ReadOnlyBooleanWrapper bytemarkTokenAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SignInResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSubmit;

    /**
     * Prefilled with the service and username chosen last time; where nothing was chosen yet,
     * with what the bytemark tool uses, and it offers the tool's saved token.
     */
    public SignInViewModel(SessionService session) {
        this.session = session;
        ToolChoice tool = session.toolChoice();
        bytemarkTokenAvailable.set(tool.hasToken());
        form.prefill(tool);
        form.prefill(session.savedChoice());
        canSubmit = Bindings.createBooleanBinding(
                () -> !form.state.busyProperty().get() && SignInInputCheck.complete(form.input()),
                form.state.busyProperty(), form.useApiKey, form.apiKey, form.username, form.password,
                form.codeRequired, form.twoFactorCode, form.yubikeyOtp, form.endpointChoice, form.brainUrl);
    }

    /** Fills the endpoint and username the user had last time (the app does it before each dialog). */
    public void prefill() {
        form.prefill(session.savedChoice());
    }

    /** Ready for another sign-in (e.g. after the session expired): no result, no errors, no secrets. */
    public void reset() {
        cancel();
        result.set(null);
        form.state.clearMessages();
        form.codeRequired.set(false);
    }

    /** Checks the input, then signs in; sends nothing while a sign-in is running or the input is wrong. */
    @Override
    public boolean submit() {
        if (form.state.busyProperty().get()) {
            return false;
        }
        form.state.clearMessages();
        SignInInput typed = form.input();
        Map<SignInField, String> problems = SignInInputCheck.problems(typed);
        if (!problems.isEmpty()) {
            form.show(problems);
            return false;
        }
        // the check above accepted the endpoints, so they parse
        Endpoints endpoints = SignInInputCheck.endpoints(typed).orElseThrow();
        SignInFailures failures = new SignInFailures(form, endpoints);
        form.notice.set("");
        if (typed.useApiKey()) {
            return form.state.run(session.signInWithApiKey(endpoints, typed.apiKey().strip(), typed.username().strip())
                    .onSuccess(this::succeeded).onFailure(failures::apiKeyFailed));
        }
        Credentials credentials = form.credentials();
        boolean codeSent = credentials.twoFactorCode() != null || credentials.yubikeyOtp() != null;
        return form.state.run(session.signInWithPassword(endpoints, credentials)
                .onSuccess(this::succeeded).onFailure(e -> failures.passwordFailed(e, codeSent)));
    }

    /** Signs in with the token the official bytemark tool saved, once the service confirms it. */
    public void useBytemarkToken() {
        ToolChoice tool = session.toolChoice();
        if (form.state.busyProperty().get() || !tool.hasToken()) {
            return;
        }
        form.state.clearMessages();
        if (!tool.endpointProblem().isEmpty()) {
            form.state.showGeneral("The bytemark tool's endpoint cannot be used: " + tool.endpointProblem());
            return;
        }
        form.notice.set("");
        SignInFailures failures = new SignInFailures(form, tool.endpoints());
        form.state.run(session.signInWithToolToken().onSuccess(this::succeeded)
                .onFailure(tool.tokenIsApiKey() ? failures::apiKeyFailed : failures::bytemarkTokenFailed));
    }

    /**
     * At start-up: uses the token saved for the prefilled endpoint and username if the service
     * still knows it; then {@code onResumed} runs, as after a sign-in. Otherwise
     * {@code onNoSession} runs (show the dialog). A token the service no longer knows is
     * forgotten; after a network failure it is kept and the dialog shows why.
     */
    public void resumeSavedSession(Runnable onResumed, Runnable onNoSession) {
        // quietly: start-up has no dialog to show why the endpoints are wrong
        Optional<Endpoints> chosen = SignInInputCheck.endpoints(form.input());
        if (form.state.busyProperty().get() || chosen.isEmpty()) {
            onNoSession.run();
            return;
        }
        Endpoints endpoints = chosen.get();
        form.state.run(session.resumeSavedSession(endpoints, form.username.get().strip())
                .onSuccess(resumed -> resumed.ifPresentOrElse(r -> {
                    succeeded(r);
                    onResumed.run();
                }, onNoSession))
                .onFailure(e -> {
                    form.state.showGeneral(SignInFailures.describe(endpoints.auth(), e));
                    onNoSession.run();
                }));
    }

    /** Stops waiting for a running sign-in (the dialog was closed); its answer is dropped. */
    @Override
    public void cancel() {
        form.state.cancel();
        form.forgetSecrets();
    }

    private void succeeded(SignInResult signedIn) {
        form.signedIn();
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

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return form.state.busyProperty();
    }

    public ReadOnlyBooleanProperty bytemarkTokenAvailableProperty() {
        return bytemarkTokenAvailable.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public ReadOnlyStringProperty usernameErrorProperty() {
        return form.field(SignInField.USERNAME).messageProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return form.field(SignInField.PASSWORD).messageProperty();
    }

    public ReadOnlyStringProperty brainUrlErrorProperty() {
        return form.field(SignInField.BRAIN_URL).messageProperty();
    }

    public ReadOnlyStringProperty authUrlErrorProperty() {
        return form.field(SignInField.AUTH_URL).messageProperty();
    }

    public ReadOnlyStringProperty apiKeyErrorProperty() {
        return form.field(SignInField.API_KEY).messageProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return form.field(SignInField.CODE).messageProperty();
    }

    /** A problem not tied to one field, e.g. "Could not reach auth.bytemark.co.uk". */
    @Override
    public ReadOnlyStringProperty generalErrorProperty() {
        return form.state.generalErrorProperty();
    }

    /** Neutral guidance, e.g. that a two-factor code is needed. */
    public ReadOnlyStringProperty noticeProperty() {
        return form.notice.getReadOnlyProperty();
    }

    /** Set once signed in; the dialog closes when it turns non-null. */
    @Override
    public ReadOnlyObjectProperty<SignInResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SignInResult getResult() {
        return result.get();
    }

    /** Closing the dialog drops a sign-in on its way: nothing is changed until it answers. */
    @Override
    public boolean cancelsWhileBusy() {
        return true;
    }
}
