package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.error.AuthException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.sim.testing.MutableClock;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code AuthApi} through the real HTTP client, and the tokens it gives used for brain calls.
 * The simulator runs on a hand-moved clock, so expiry is tested without waiting.
 */
class AuthContractTest {
    private static final MutableClock CLOCK = new MutableClock();

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.clock(CLOCK)).resetBeforeEachTest();

    private static final String API_KEY = "apikey.demo-0000";

    private final Contract c = new Contract(SIM);

    private static Credentials user(String name) {
        return Credentials.of(name, name.toCharArray());
    }

    @Test
    void signingInGivesATokenThatWorksForBrainCalls() {
        String token = c.auth().createSession(user("demo"));

        assertThat(token).isNotBlank().doesNotContainAnyWhitespaces();
        assertThat(c.brainWith(token).overview()).isEqualTo(c.state().accounts(true, true));
        SessionInfo info = c.auth().readSession(token);
        assertThat(info.username()).isEqualTo("demo");
        assertThat(info.factors()).containsExactly("password");
        assertThat(info.groupMemberships()).isEmpty();
    }

    @Test
    void aWrongPasswordOrUnknownUserIsBadCredentials() {
        AuthException e = thrown(AuthException.class,
                () -> c.auth().createSession(Credentials.of("demo", "wrong".toCharArray())));
        assertThat(e.reason()).isEqualTo(AuthException.Reason.BAD_CREDENTIALS);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("Wrong username or password").doesNotContain("wrong");
        assertThat(thrown(AuthException.class, () -> c.auth().createSession(user("nobody"))).reason())
                .isEqualTo(AuthException.Reason.BAD_CREDENTIALS);
    }

    @Test
    void twoFactorUsersNeedTheirCode() {
        AuthException missing = thrown(AuthException.class, () -> c.auth().createSession(user("twofactor")));
        assertThat(missing.reason()).isEqualTo(AuthException.Reason.MISSING_2FA);

        AuthException wrong = thrown(AuthException.class,
                () -> c.auth().createSession(user("twofactor").withTwoFactorCode("654321")));
        assertThat(wrong.reason()).isEqualTo(AuthException.Reason.BAD_CREDENTIALS);

        String token = c.auth().createSession(user("twofactor").withTwoFactorCode("123456"));
        SessionInfo info = c.auth().readSession(token);
        assertThat(info.username()).isEqualTo("twofactor");
        assertThat(info.factors()).containsExactly("password", "2fa");
        assertThat(c.brainWith(token).discs(WWW1)).isEqualTo(c.stateDiscs(WWW1));
    }

    @Test
    void aReadonlySignInReadsButCannotWrite() {
        String token = c.auth().createSession(user("readonly"));
        assertThat(c.auth().readSession(token).username()).isEqualTo("readonly");
        assertThat(c.brainWith(token).discs(WWW1)).isEqualTo(c.stateDiscs(WWW1));
    }

    @Test
    void readingAnUnknownSessionIsNotFound() {
        thrown(NotFoundException.class, () -> c.auth().readSession("0123456789abcdef"));
    }

    /** The client answers for an API key itself: the contract says the auth service is never asked. */
    @Test
    void anApiKeyWorksForBrainCallsWithoutTheAuthService() {
        var brain = c.brainWith(API_KEY);
        assertThat(brain.overview()).isEqualTo(c.state().accounts(true, true));
        brain.createDisc(WWW1, new DiscSpec("keyed", 2048, "sata"));
        assertThat(c.requireStateDisc(WWW1, "keyed").size()).isEqualTo(2048);

        SessionInfo info = c.auth().readSession(API_KEY);
        assertThat(info.factors()).containsExactly(HttpAuthClient.API_KEY_FACTOR);
        assertThat(info.username()).isNull();

        thrown(UnauthorizedException.class, () -> c.brainWith("apikey.not-a-key").overview());
    }

    /** An API key never expires, however long it sits. */
    @Test
    void anApiKeyDoesNotExpire() {
        CLOCK.advance(Duration.ofDays(30));
        assertThat(c.brainWith(API_KEY).discs(WWW1)).isEqualTo(c.stateDiscs(WWW1));
    }

    @Test
    void anExpiredSessionIsUnauthorizedAndASecondSignInCarriesOn() {
        c.simulator().sessions().setLifetimeOverride(Duration.ofSeconds(60));
        String token = c.auth().createSession(user("demo"));
        var brain = c.brainWith(token);

        brain.discs(WWW1);
        CLOCK.advance(Duration.ofSeconds(45));
        brain.discs(WWW1); // slides the session: 60 s from now
        CLOCK.advance(Duration.ofSeconds(45));
        assertThat(brain.discs(WWW1)).as("still alive 90 s after sign-in").hasSize(2);

        CLOCK.advance(Duration.ofSeconds(61));
        UnauthorizedException e = thrown(UnauthorizedException.class, () -> brain.discs(WWW1));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).doesNotContain(token);
        thrown(NotFoundException.class, () -> c.auth().readSession(token));

        String again = c.auth().createSession(user("demo"));
        assertThat(c.brainWith(again).discs(WWW1)).hasSize(2);
    }

    @Test
    void readingASessionDoesNotExtendIt() {
        c.simulator().sessions().setLifetimeOverride(Duration.ofSeconds(60));
        String token = c.auth().createSession(user("demo"));
        CLOCK.advance(Duration.ofSeconds(40));
        assertThat(c.auth().readSession(token).username()).isEqualTo("demo");
        CLOCK.advance(Duration.ofSeconds(30));
        thrown(UnauthorizedException.class, () -> c.brainWith(token).overview());
    }

    @Test
    void authServiceFailuresAreTyped() {
        c.faults().failNext(1, 503);
        assertThat(thrown(UnavailableException.class, () -> c.auth().createSession(user("demo"))).outcomeUnknown())
                .isFalse();
        c.faults().failNext(1, 500);
        thrown(ServerErrorException.class, () -> c.auth().createSession(user("demo")));
        c.faults().malformedNext(1);
        thrown(NetworkException.class, () -> c.auth().readSession(c.demoToken()));
    }

    /** A sign-in is a POST too: a dropped one is reported, not silently sent again. */
    @Test
    void aDroppedSignInIsNotResent() {
        int sessionsBefore = c.simulator().sessions().count();
        c.faults().dropNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.auth().createSession(user("demo")));
        assertThat(e.kind()).isEqualTo(NetworkException.Kind.RESET);
        assertThat(c.simulator().sessions().count()).isEqualTo(sessionsBefore);
        assertThat(c.faults().describe().get("drop_next")).isEqualTo(0);
    }
}
