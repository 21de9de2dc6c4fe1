package org.bigvdm.sim.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sign-in and sessions. A session lasts its validity and every successful use starts that
 * time again (sliding window). {@link #lifetimeOverride} replaces the asked validity, so tests
 * can make sessions expire fast. Time comes from the injected clock.
 */
public final class Sessions {
    public static final int MAX_VALIDITY_SECONDS = 3600;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile Duration lifetimeOverride;

    public Sessions(Clock clock, Duration lifetimeOverride) {
        this.clock = clock;
        this.lifetimeOverride = lifetimeOverride;
    }

    /** Checks the credentials and opens a session; the token is the answer's whole body. */
    public String signIn(String username, String password, String validity, String secondFactor) {
        if (username == null || password == null || validity == null || !validity.matches("\\d{1,9}")) {
            throw new SignInException(400, SignInException.BADLY_FORMED);
        }
        int seconds = Integer.parseInt(validity);
        if (seconds < 1 || seconds > MAX_VALIDITY_SECONDS) {
            throw new SignInException(400, SignInException.BADLY_FORMED);
        }
        SimUser user = SimUser.byName(username);
        if (user == null || !user.password().equals(password)) {
            throw new SignInException(401, SignInException.BAD_CREDENTIALS);
        }
        if (user.secondFactor() != null) {
            if (secondFactor == null || secondFactor.isEmpty()) {
                throw new SignInException(401, SignInException.MISSING_2FA);
            }
            if (!user.secondFactor().equals(secondFactor)) {
                throw new SignInException(401, SignInException.BAD_CREDENTIALS);
            }
        }
        List<String> factors = user.secondFactor() == null ? List.of("password") : List.of("password", "2fa");
        return open(user, Duration.ofSeconds(seconds), factors);
    }

    /** A session for a user without a sign-in round trip, for tests and tools. */
    public String issue(SimUser user) {
        return open(user, Duration.ofSeconds(MAX_VALIDITY_SECONDS), List.of("password"));
    }

    /** The user behind a bearer token, sliding its session; empty if unknown or expired. */
    public Optional<SimUser> use(String token) {
        if (token == null) {
            return Optional.empty();
        }
        if (token.startsWith("apikey.")) {
            return SimUser.DEMO_API_KEY.equals(token) ? Optional.of(SimUser.DEMO) : Optional.empty();
        }
        Session s = live(token);
        if (s == null) {
            return Optional.empty();
        }
        sessions.put(token, s.extendedFrom(now()));
        return Optional.of(s.user());
    }

    /** What {@code GET /session/{token}} tells; empty (404) if unknown or expired. */
    public Optional<Info> info(String token) {
        if (SimUser.DEMO_API_KEY.equals(token)) {
            return Optional.of(new Info(SimUser.DEMO.username(), List.of("apikey")));
        }
        Session s = live(token);
        return s == null ? Optional.empty() : Optional.of(new Info(s.user().username(), s.factors()));
    }

    public void setLifetimeOverride(Duration lifetime) {
        this.lifetimeOverride = lifetime;
    }

    public Duration lifetimeOverride() {
        return lifetimeOverride;
    }

    public int count() {
        return sessions.size();
    }

    public void clear() {
        sessions.clear();
    }

    private String open(SimUser user, Duration validity, List<String> factors) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Duration lifetime = lifetimeOverride != null ? lifetimeOverride : validity;
        sessions.put(token, new Session(user, factors, lifetime, now().plus(lifetime)));
        return token;
    }

    private Session live(String token) {
        Session s = sessions.get(token);
        if (s == null) {
            return null;
        }
        if (!now().isBefore(s.expiresAt())) {
            sessions.remove(token, s);
            return null;
        }
        return s;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Who a session belongs to and how it was opened. */
    public record Info(String username, List<String> factors) {
    }

    private record Session(SimUser user, List<String> factors, Duration lifetime, Instant expiresAt) {
        Session extendedFrom(Instant now) {
            return new Session(user, factors, lifetime, now.plus(lifetime));
        }
    }
}
