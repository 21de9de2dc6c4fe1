package org.bigvdm.service.session;

import java.util.Arrays;
import java.util.Optional;
import org.bigvdm.api.ApiKeys;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.service.UserError;
import org.bigvdm.settings.TokenStore;
import org.bigvdm.settings.TokenStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The requests behind each way of signing in, as blocking calls for a worker thread. A token the
 * service confirmed is saved in the {@link TokenStore}; passwords are wiped once sent.
 */
final class SignIns {
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    private final ApiClients clients;
    private final TokenStore tokens;

    SignIns(ApiClients clients, TokenStore tokens) {
        this.clients = clients;
        this.tokens = tokens;
    }

    SignInResult withPassword(Endpoints endpoints, Credentials credentials) {
        try {
            String token = clients.auth(endpoints).createSession(credentials);
            remember(endpoints, credentials.username(), token);
            return new SignInResult(endpoints, credentials.username(), token, false);
        } finally {
            Arrays.fill(credentials.password(), '\0');
        }
    }

    /** An API key counts once one brain request accepts it. */
    SignInResult withApiKey(Endpoints endpoints, String key, String user) {
        checkApiKey(endpoints, key);
        remember(endpoints, user, key);
        return new SignInResult(endpoints, user, key, true);
    }

    /** The bytemark tool's token (a session or an API key), once the service still knows it. */
    SignInResult withToolToken(Endpoints endpoints, String token, String toolUser) {
        SignInResult confirmed = confirm(endpoints, token, toolUser);
        remember(endpoints, confirmed.username(), token);
        return confirmed;
    }

    /** As {@link #withToolToken}, but nothing is saved, and a token the service refuses gives empty. */
    Optional<SignInResult> checkToolToken(Endpoints endpoints, String token, String toolUser) {
        try {
            return Optional.of(confirm(endpoints, token, toolUser));
        } catch (RuntimeException e) {
            if (refused(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The token saved for {@code user} if the service still knows it; empty when there is none.
     * A token the service no longer knows is forgotten; a network failure keeps it and throws.
     */
    Optional<SignInResult> resume(Endpoints endpoints, String user) {
        Optional<String> saved = tokens.load(endpoints, user);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        String token = saved.get();
        boolean isKey = ApiKeys.isApiKey(token);
        try {
            if (isKey) {
                checkApiKey(endpoints, token);
            } else {
                clients.auth(endpoints).readSession(token);
            }
        } catch (RuntimeException e) {
            if (!refused(e)) {
                throw e;
            }
            tokens.forget(endpoints, user);
            return Optional.empty();
        }
        return Optional.of(new SignInResult(endpoints, user, token, isKey));
    }

    void forget(Identity who) {
        tokens.forget(who.endpoints(), who.username());
    }

    private SignInResult confirm(Endpoints endpoints, String token, String toolUser) {
        if (ApiKeys.isApiKey(token)) {
            checkApiKey(endpoints, token);
            return new SignInResult(endpoints, toolUser, token, true);
        }
        SessionInfo session = clients.auth(endpoints).readSession(token);
        String user = session.username() == null ? toolUser : session.username();
        return new SignInResult(endpoints, user, token, false);
    }

    /** One cheap-enough brain request with the key: refused means not accepted. */
    private void checkApiKey(Endpoints endpoints, String key) {
        clients.brain(endpoints, () -> key).overview();
    }

    /** The service judged the token and said no (as opposed to: it could not be asked). */
    private static boolean refused(RuntimeException e) {
        UserError.Kind kind = UserError.of(e).kind();
        return kind == UserError.Kind.GONE || kind == UserError.Kind.SIGN_IN_NEEDED || kind == UserError.Kind.FORBIDDEN;
    }

    /** A token that cannot be stored only means signing in again next time. */
    private void remember(Endpoints endpoints, String user, String token) {
        try {
            tokens.save(endpoints, user, token);
        } catch (TokenStoreException e) {
            LOG.warn("{}; you will be asked to sign in again next time", e.getMessage());
        }
    }
}
