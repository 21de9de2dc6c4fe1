package org.bigvdm.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.bigvdm.api.ApiKeys;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.AuthException.Reason;
import org.bigvdm.api.model.SessionInfo;

/**
 * {@link AuthApi} over HTTP. The password goes only into the request body (as a String for the
 * moment Jackson needs it), and neither it nor the token ever reaches a log or a message.
 */
public final class HttpAuthClient implements AuthApi {
    /** The session path segment as logs show it: the token there is a secret. */
    static final String REDACTED_SESSION_PATH = "/session/***";
    /** The answer is the bare token as text/plain; JSON is what errors may come as. */
    private static final String ACCEPT_TOKEN = "text/plain, application/json";
    /** What {@link #readSession} reports for an API key, which has no session to ask about. */
    public static final String API_KEY_FACTOR = "api_key";

    private final Transport transport;
    private final HttpUrl base;

    public HttpAuthClient(ClientConfig config) {
        this(HttpClients.create(config), config);
    }

    /** Shares {@code base}'s connection pool and threads (e.g. with the brain client). */
    public HttpAuthClient(OkHttpClient base, ClientConfig config) {
        this.transport = new Transport(HttpClients.derive(base, config), config.userAgent());
        this.base = HttpUrl.get(config.endpoints().auth());
    }

    /** True for a token that is an API key (used as it is, never sent to the auth service). */
    public static boolean isApiKey(String token) {
        return ApiKeys.isApiKey(token);
    }

    @Override
    public String createSession(Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        String password = new String(credentials.password());
        // The second factors are secrets too: a code or OTP in a message could still be replayed.
        ApiCall call = ApiCall.of("POST", base.newBuilder().addPathSegment("session").build(),
                        sessionBody(credentials, password), null)
                .withAccept(ACCEPT_TOKEN)
                .withSecret(password)
                .withSecret(credentials.twoFactorCode())
                .withSecret(credentials.yubikeyOtp());
        Answer answer = transport.send(call);
        if (answer.status() >= 400 && answer.status() < 500) {
            throw refusal(answer, call);
        }
        if (!answer.successful()) {
            throw ResponseErrors.forStatus(answer.status(), AuthEcho.shownBody(answer.body(), call.secrets()),
                    call.hostLabel(), call.secrets());
        }
        String token = answer.body().strip();
        if (token.isEmpty() || token.contains("\n") || token.startsWith("<") || token.startsWith("{")) {
            // An HTML portal page or a JSON object is not a token: never store it as one.
            throw NetworkErrors.malformed(call.hostLabel(), null);
        }
        return token;
    }

    /**
     * {@code GET /session/{token}}. For an API key the auth service is not asked (the contract
     * says so): the answer then has no username and the single factor {@value #API_KEY_FACTOR}.
     */
    @Override
    public SessionInfo readSession(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("No token to look up");
        }
        token = token.strip();
        if (isApiKey(token)) {
            return new SessionInfo(null, List.of(API_KEY_FACTOR), List.of());
        }
        HttpUrl url = base.newBuilder().addPathSegment("session").addPathSegment(token).build();
        ApiCall call = ApiCall.of("GET", url, null, null).withSecret(token).withLogPath(REDACTED_SESSION_PATH);
        return JsonBodies.read(transport.expectSuccess(call), call.hostLabel(), JsonBodies.type(SessionInfo.class));
    }

    private static byte[] sessionBody(Credentials c, String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", c.username());
        body.put("password", password);
        // The service wants validity as a string of seconds.
        body.put("validity", Integer.toString(c.validitySeconds()));
        if (c.twoFactorCode() != null && !c.twoFactorCode().isBlank()) {
            body.put("2fa", c.twoFactorCode().strip());
        }
        if (c.yubikeyOtp() != null && !c.yubikeyOtp().isBlank()) {
            body.put("yubikey", c.yubikeyOtp().strip());
        }
        return JsonBodies.write(body);
    }

    private static AuthException refusal(Answer answer, ApiCall call) {
        // The known phrases are read from the raw body: blanking a one-letter password first
        // could break "Bad login credentials" apart.
        String lower = answer.body() == null ? "" : answer.body().toLowerCase(Locale.ROOT);
        if (lower.contains("bad login credentials")) {
            return new AuthException(answer.status(), Reason.BAD_CREDENTIALS, "Wrong username or password");
        }
        if (lower.contains("missing 2fa")) {
            return new AuthException(answer.status(), Reason.MISSING_2FA,
                    "This account needs a two-factor code: enter it and sign in again");
        }
        if (lower.contains("badly-formed parameters")) {
            return new AuthException(answer.status(), Reason.MALFORMED,
                    "The sign-in service did not accept the request (badly-formed parameters)");
        }
        String words = BodyText.clean(AuthEcho.shownBody(answer.body(), call.secrets()), call.secrets());
        String base = "Sign-in refused (" + answer.status() + " from " + call.hostLabel() + ")";
        return new AuthException(answer.status(), Reason.OTHER, words.isEmpty() ? base : base + ": " + words);
    }
}
