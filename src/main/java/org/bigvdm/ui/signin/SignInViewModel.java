package org.bigvdm.ui.signin;

import java.net.URI;
import java.util.Arrays;
import java.util.Objects;
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
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.service.Job;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.settings.BytemarkConfig;
import org.bigvdm.settings.Settings;
import org.bigvdm.settings.TokenStore;
import org.bigvdm.settings.TokenStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and rules of the sign-in dialog. {@link #submit()} checks the input first (nothing is
 * sent when it is wrong), then asks the auth service through the {@link TaskRunner}; the
 * outcome lands in {@link #resultProperty()} or in the error properties, one per field.
 * Passwords are kept only until the service has answered and are never logged or stored.
 */
public final class SignInViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);

    /** Which service to sign in to. */
    public enum EndpointChoice { BYTEMARK_CLOUD, CUSTOM }

    private final Function<Endpoints, AuthApi> authFactory;
    private final TaskRunner tasks;
    private final TokenStore tokens;
    private ApiKeyCheck apiKeyCheck;
    private BytemarkConfig bytemark;

    private final ObjectProperty<EndpointChoice> endpointChoice = new SimpleObjectProperty<>(EndpointChoice.BYTEMARK_CLOUD);
    private final StringProperty brainUrl = new SimpleStringProperty("");
    private final StringProperty authUrl = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty useApiKey = new SimpleBooleanProperty();
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty twoFactorCode = new SimpleStringProperty("");
    private final StringProperty yubikeyOtp = new SimpleStringProperty("");

    private final ReadOnlyBooleanWrapper codeRequired = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper bytemarkTokenAvailable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper usernameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper brainUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper authUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper apiKeyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper codeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generalError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignInResult> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSubmit;

    private Job running;

    /**
     * @param authFactory builds an auth client for the endpoints the user picked
     * @param tasks       runs the network calls off the FX thread
     * @param tokens      where a successful sign-in's token is remembered
     */
    public SignInViewModel(Function<Endpoints, AuthApi> authFactory, TaskRunner tasks, TokenStore tokens) {
        this.authFactory = Objects.requireNonNull(authFactory, "authFactory");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        canSubmit = Bindings.createBooleanBinding(this::inputComplete, busy, useApiKey, apiKey, username,
                password, codeRequired, twoFactorCode, yubikeyOtp, endpointChoice, brainUrl);
        // an error beside a field goes away as soon as the user changes that field
        clearOnEdit(username, usernameError);
        clearOnEdit(password, passwordError);
        clearOnEdit(brainUrl, brainUrlError);
        clearOnEdit(authUrl, authUrlError);
        clearOnEdit(apiKey, apiKeyError);
        clearOnEdit(twoFactorCode, codeError);
    }

    /** Verifies API keys before accepting them; without one a key is accepted as typed. */
    public void setApiKeyCheck(ApiKeyCheck check) {
        this.apiKeyCheck = check;
    }

    /** Offers the official tool's saved token when it has one, and its user name if none is typed. */
    public void setBytemarkConfig(BytemarkConfig config) {
        this.bytemark = config;
        bytemarkTokenAvailable.set(config != null && config.token().isPresent());
        if (config != null && username.get().isBlank()) {
            config.user().ifPresent(username::set);
        }
        // BM_ENDPOINT / BM_AUTH_ENDPOINT (or the tool's files) name another service: offer it
        if (config != null && endpointChoice.get() == EndpointChoice.BYTEMARK_CLOUD && brainUrl.get().isBlank()) {
            config.endpoint().filter(e -> !isBytemarkCloud(e)).ifPresent(e -> {
                endpointChoice.set(EndpointChoice.CUSTOM);
                brainUrl.set(e);
                authUrl.set(config.authEndpoint().orElse(""));
            });
        }
    }

    private static boolean isBytemarkCloud(String url) {
        String brain = Endpoints.BYTEMARK_CLOUD.brain().toString();
        return url.equals(brain) || url.equals(brain + "/");
    }

    /** Fills the endpoint and username the user had last time. */
    public void prefill(Settings settings) {
        if (settings.isCustomEndpoint()) {
            endpointChoice.set(EndpointChoice.CUSTOM);
            brainUrl.set(orEmpty(settings.getBrainUrl()));
            authUrl.set(orEmpty(settings.getAuthUrl()));
        }
        if (settings.getUsername() != null && !settings.getUsername().isBlank()) {
            username.set(settings.getUsername());
        }
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
        clearErrors();
        codeRequired.set(false);
    }

    /** Checks the input, then signs in; does nothing while a sign-in is running. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        clearErrors();
        Optional<Endpoints> endpoints = validEndpoints();
        boolean fieldsOk = useApiKey.get() ? validApiKey() : validCredentials();
        if (endpoints.isEmpty() || !fieldsOk) {
            return;
        }
        if (useApiKey.get()) {
            submitApiKey(endpoints.get(), apiKey.get().strip(), username.get().strip());
        } else {
            submitPassword(endpoints.get());
        }
    }

    /** Signs in with the token the official bytemark tool saved, once the service confirms it. */
    public void useBytemarkToken() {
        if (busy.get() || bytemark == null || bytemark.token().isEmpty()) {
            return;
        }
        clearErrors();
        Endpoints endpoints;
        try {
            endpoints = Endpoints.parse(bytemark.endpoint().orElse(Endpoints.BYTEMARK_CLOUD.brain().toString()),
                    bytemark.authEndpoint().orElse(Endpoints.BYTEMARK_CLOUD.auth().toString()));
        } catch (IllegalArgumentException e) {
            generalError.set("The bytemark tool's endpoint cannot be used: " + e.getMessage());
            return;
        }
        String token = bytemark.token().get();
        if (token.startsWith("apikey.")) {
            submitApiKey(endpoints, token, bytemark.user().orElse(""));
            return;
        }
        start("Checking the bytemark tool's token", () -> {
            SessionInfo session = authFactory.apply(endpoints).readSession(token);
            String user = session.username() == null ? bytemark.user().orElse("") : session.username();
            remember(endpoints, user, token);
            return new SignInResult(endpoints, user, token, false);
        }, e -> {
            if (e instanceof NotFoundException || e instanceof UnauthorizedException) {
                generalError.set(SignInMessages.BYTEMARK_TOKEN_EXPIRED);
            } else {
                generalError.set(describe(endpoints.auth(), e));
            }
        });
    }

    /**
     * At start-up: uses the token saved for the prefilled endpoint and username if the service
     * still knows it (API keys go through the {@link ApiKeyCheck}). On success the result is set
     * as after a sign-in; otherwise {@code onNoSession} runs (show the dialog). A token the
     * service no longer knows is forgotten; after a network failure it is kept and the dialog
     * shows why.
     */
    public void resumeSavedSession(Runnable onNoSession) {
        Optional<Endpoints> chosen = quietEndpoints();
        if (busy.get() || chosen.isEmpty()) {
            onNoSession.run();
            return;
        }
        Endpoints endpoints = chosen.get();
        String user = username.get().strip();
        ApiKeyCheck check = apiKeyCheck;
        busy.set(true);
        Job job = tasks.submit("Resuming the last session", progress -> {
            Optional<String> saved = tokens.load(endpoints, user);
            if (saved.isEmpty()) {
                return Optional.<SignInResult>empty();
            }
            String token = saved.get();
            boolean isKey = token.startsWith("apikey.");
            try {
                if (isKey && check != null) {
                    check.verify(endpoints, token);
                } else if (!isKey) {
                    authFactory.apply(endpoints).readSession(token);
                }
            } catch (NotFoundException | UnauthorizedException | ForbiddenException gone) {
                tokens.forget(endpoints, user);
                return Optional.<SignInResult>empty();
            }
            return Optional.of(new SignInResult(endpoints, user, token, isKey));
        }, resumed -> {
            running = null;
            busy.set(false);
            resumed.ifPresentOrElse(this::succeeded, onNoSession);
        }, e -> {
            running = null;
            busy.set(false);
            generalError.set(describe(endpoints.auth(), e));
            onNoSession.run();
        });
        running = job.isDone() ? null : job;
    }

    /** Stops waiting for a running sign-in (the dialog was closed); its answer is dropped. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        busy.set(false);
        password.set("");
        apiKey.set("");
    }

    private void submitPassword(Endpoints endpoints) {
        String user = username.get().strip();
        char[] secret = password.get().toCharArray();
        Credentials credentials = new Credentials(user, secret, Credentials.DEFAULT_VALIDITY,
                codeRequired.get() ? blankToNull(twoFactorCode.get()) : null, blankToNull(yubikeyOtp.get()));
        boolean codeSent = credentials.twoFactorCode() != null || credentials.yubikeyOtp() != null;
        start("Signing in", () -> {
            try {
                String token = authFactory.apply(endpoints).createSession(credentials);
                remember(endpoints, user, token);
                return new SignInResult(endpoints, user, token, false);
            } finally {
                Arrays.fill(secret, '\0');
            }
        }, e -> passwordFailed(endpoints, e, codeSent));
    }

    private void passwordFailed(Endpoints endpoints, Throwable e, boolean codeSent) {
        if (e instanceof AuthException auth && auth.reason() == AuthException.Reason.MISSING_2FA) {
            // keep username and password: the next submit sends them again with the code
            twoFactorCode.set(""); // before the error: editing the code clears its error
            yubikeyOtp.set("");
            if (codeSent) {
                codeError.set(SignInMessages.CODE_REJECTED);
            }
            codeRequired.set(true);
            notice.set(SignInMessages.TWO_FACTOR_NEEDED);
            return;
        }
        if (e instanceof NetworkException network) {
            // the service never judged the password, so the user may simply retry
            generalError.set(SignInMessages.unreachable(endpoints.auth(), network));
            return;
        }
        password.set("");
        twoFactorCode.set("");
        yubikeyOtp.set("");
        if (e instanceof AuthException auth && auth.reason() == AuthException.Reason.BAD_CREDENTIALS) {
            passwordError.set(SignInMessages.WRONG_CREDENTIALS);
        } else {
            generalError.set(describe(endpoints.auth(), e));
        }
    }

    private void submitApiKey(Endpoints endpoints, String key, String user) {
        ApiKeyCheck check = apiKeyCheck;
        start("Checking the API key", () -> {
            if (check != null) {
                check.verify(endpoints, key);
            }
            remember(endpoints, user, key);
            return new SignInResult(endpoints, user, key, true);
        }, e -> {
            if (e instanceof UnauthorizedException || e instanceof ForbiddenException
                    || e instanceof NotFoundException) {
                apiKey.set("");
                apiKeyError.set(SignInMessages.API_KEY_REJECTED);
            } else {
                generalError.set(describe(endpoints.brain(), e));
            }
        });
    }

    /** Work that yields a result, run off the FX thread; callbacks come back on it. */
    private interface SignInWork {
        SignInResult run() throws Exception;
    }

    private void start(String title, SignInWork work, java.util.function.Consumer<Throwable> onFailure) {
        busy.set(true);
        notice.set("");
        Job job = tasks.submit(title, progress -> work.run(), this::succeeded, e -> {
            running = null;
            busy.set(false);
            LOG.info("{} failed: {}", title, e.getClass().getSimpleName());
            onFailure.accept(e);
        });
        // an immediate runner has already finished by now
        running = job.isDone() ? null : job;
    }

    private void succeeded(SignInResult signedIn) {
        running = null;
        busy.set(false);
        password.set("");
        apiKey.set("");
        twoFactorCode.set("");
        yubikeyOtp.set("");
        codeRequired.set(false);
        notice.set("");
        LOG.info("Signed in as {} at {}{}", signedIn.username(), signedIn.endpoints().brain(),
                signedIn.apiKey() ? " with an API key" : "");
        result.set(signedIn);
    }

    /** Off the FX thread. A token that cannot be stored only means signing in again next time. */
    private void remember(Endpoints endpoints, String user, String token) {
        try {
            tokens.save(endpoints, user, token);
        } catch (TokenStoreException e) {
            LOG.warn("{}; you will be asked to sign in again next time", e.getMessage());
        }
    }

    private Optional<Endpoints> validEndpoints() {
        if (endpointChoice.get() == EndpointChoice.BYTEMARK_CLOUD) {
            return Optional.of(Endpoints.BYTEMARK_CLOUD);
        }
        boolean ok = true;
        try {
            Endpoints.parse(brainUrl.get(), null);
        } catch (IllegalArgumentException e) {
            brainUrlError.set(e.getMessage());
            ok = false;
        }
        if (!authUrl.get().isBlank()) {
            try {
                // a known-good API URL, so any complaint is about the auth URL
                Endpoints.parse("https://localhost", authUrl.get());
            } catch (IllegalArgumentException e) {
                authUrlError.set(e.getMessage());
                ok = false;
            }
        }
        return ok ? Optional.of(Endpoints.parse(brainUrl.get(), authUrl.get())) : Optional.empty();
    }

    /** The chosen endpoints if valid, without complaining (start-up has no dialog yet). */
    private Optional<Endpoints> quietEndpoints() {
        if (endpointChoice.get() == EndpointChoice.BYTEMARK_CLOUD) {
            return Optional.of(Endpoints.BYTEMARK_CLOUD);
        }
        try {
            return Optional.of(Endpoints.parse(brainUrl.get(), authUrl.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private boolean validCredentials() {
        boolean ok = true;
        if (username.get().isBlank()) {
            usernameError.set(SignInMessages.ENTER_USERNAME);
            ok = false;
        }
        if (password.get().isEmpty()) {
            passwordError.set(SignInMessages.ENTER_PASSWORD);
            ok = false;
        }
        if (codeRequired.get() && twoFactorCode.get().isBlank() && yubikeyOtp.get().isBlank()) {
            codeError.set(SignInMessages.ENTER_CODE);
            ok = false;
        }
        return ok;
    }

    private boolean validApiKey() {
        String key = apiKey.get().strip();
        if (key.isEmpty()) {
            apiKeyError.set(SignInMessages.ENTER_API_KEY);
            return false;
        }
        if (!key.startsWith("apikey.")) {
            apiKeyError.set(SignInMessages.NOT_AN_API_KEY);
            return false;
        }
        return true;
    }

    /** Cheap completeness only; {@link #submit()} does the full check and explains. */
    private boolean inputComplete() {
        if (busy.get()) {
            return false;
        }
        if (endpointChoice.get() == EndpointChoice.CUSTOM && brainUrl.get().isBlank()) {
            return false;
        }
        if (useApiKey.get()) {
            return !apiKey.get().isBlank();
        }
        boolean codeOk = !codeRequired.get() || !twoFactorCode.get().isBlank() || !yubikeyOtp.get().isBlank();
        return !username.get().isBlank() && !password.get().isEmpty() && codeOk;
    }

    private String describe(URI where, Throwable e) {
        return e instanceof NetworkException n ? SignInMessages.unreachable(where, n) : SignInMessages.other(e);
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper w : Arrays.asList(usernameError, passwordError, brainUrlError, authUrlError,
                apiKeyError, codeError, generalError)) {
            w.set("");
        }
    }

    private static void clearOnEdit(StringProperty field, ReadOnlyStringWrapper error) {
        field.addListener((obs, old, now) -> error.set(""));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    // --- properties for the view and the app ---

    public ObjectProperty<EndpointChoice> endpointChoiceProperty() {
        return endpointChoice;
    }

    public StringProperty brainUrlProperty() {
        return brainUrl;
    }

    public StringProperty authUrlProperty() {
        return authUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty useApiKeyProperty() {
        return useApiKey;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty twoFactorCodeProperty() {
        return twoFactorCode;
    }

    public StringProperty yubikeyOtpProperty() {
        return yubikeyOtp;
    }

    /** True once the service said "Missing 2FA": show the code field. */
    public ReadOnlyBooleanProperty codeRequiredProperty() {
        return codeRequired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty bytemarkTokenAvailableProperty() {
        return bytemarkTokenAvailable.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public ReadOnlyStringProperty usernameErrorProperty() {
        return usernameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordErrorProperty() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty brainUrlErrorProperty() {
        return brainUrlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authUrlErrorProperty() {
        return authUrlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty apiKeyErrorProperty() {
        return apiKeyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty codeErrorProperty() {
        return codeError.getReadOnlyProperty();
    }

    /** A problem not tied to one field, e.g. "Could not reach auth.bytemark.co.uk". */
    public ReadOnlyStringProperty generalErrorProperty() {
        return generalError.getReadOnlyProperty();
    }

    /** Neutral guidance, e.g. that a two-factor code is needed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Set once signed in; the dialog closes when it turns non-null. */
    public ReadOnlyObjectProperty<SignInResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public SignInResult getResult() {
        return result.get();
    }
}
