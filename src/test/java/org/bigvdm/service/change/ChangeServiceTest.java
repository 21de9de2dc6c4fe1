package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeOutcome.Status;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one place that decides what a change's failure means: re-read, read-only, sign-in, never re-send. */
class ChangeServiceTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
    private final List<String> writes = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final List<Runnable> signInsAsked = new ArrayList<>();
    private final List<FinishedChange> finished = new ArrayList<>();
    private final AccessRights access = new AccessRights();
    private Supplier<RuntimeException> nextWriteFails;

    private final FakeEstateApi api = new FakeEstateApi() {
        @Override
        public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
            writes.add("resize " + vm.vm() + " " + disc + " " + newSizeMib);
            failIfTold();
            return Disc.of(Long.parseLong(disc), "root", newSizeMib, "sata", "tail1-sata1", 11L);
        }

        @Override
        public Disc createDisc(VmRef vm, DiscSpec spec) {
            writes.add("create " + vm.vm() + " " + spec);
            failIfTold();
            return Disc.of(900, "disc-3", spec.size(), "sata", "tail1-sata1", 11L);
        }
    };

    private final TaskRunner runner = ImmediateTaskRunner.create();
    private final SessionService session = TestSessions.on(api, access, runner);
    private final EstateService estate = new EstateService(session, runner, clock);
    private final ChangeService changes = new ChangeService(session, estate, access, runner, clock);
    private ServerEntry web1;
    private ServerEntry old;

    @BeforeEach
    void load() {
        estate.refreshAll();
        web1 = estate.estate().server(11).orElseThrow();
        old = estate.estate().server(13).orElseThrow();
        changes.subscribe(finished::add);
        session.subscribeSignInNeeded(after -> {
            events.add("sign-in asked");
            signInsAsked.add(after);
        });
        api.calls.clear();
    }

    private void failIfTold() {
        if (nextWriteFails != null) {
            RuntimeException e = nextWriteFails.get();
            nextWriteFails = null;
            throw e;
        }
    }

    private ChangeOutcome<Disc> send(ChangeRequest<Disc> request) {
        List<ChangeOutcome<Disc>> answers = new ArrayList<>();
        changes.prepare(request, outcome -> {
            events.add("answered " + outcome.status());
            answers.add(outcome);
        }, () -> events.add("told: signed in again")).start();
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private ChangeRequest<Disc> growRoot() {
        return DiscChanges.resize(ServerTarget.of(web1), web1.vm().discs().get(0), 51200);
    }

    @Test
    void aDoneChangeIsAnsweredThenItsServerReadAgainAndToldToSubscribers() {
        ChangeOutcome<Disc> outcome = send(growRoot());

        assertThat(outcome.status()).isEqualTo(Status.DONE);
        assertThat(outcome.answer().size()).isEqualTo(51200);
        assertThat(writes).containsExactly("resize web1 101 51200");
        assertThat(api.calls).containsExactly("vm web1.default.acme");
        FinishedChange f = finished.get(0);
        assertThat(f.change().kind()).isEqualTo(ChangeKind.RESIZE_DISC);
        assertThat(f.change().asked()).isEqualTo(Map.of("size", 51200L));
        assertThat(f.change().before()).isEqualTo(Map.of("size", 25600L));
        assertThat(f.change().disc()).isEqualTo(new DiscTarget(101, "root"));
        assertThat(f.reread()).extracting(vm -> vm.name()).containsExactly("web1");
        assertThat(f.sentAt()).isEqualTo(clock.instant());
        assertThat(f.who()).isEqualTo(TestSessions.TESTER);
    }

    @Test
    void a400IsRefusedWithTheFieldsAndNothingIsReadAgain() {
        nextWriteFails = () -> new BadRequestException(Map.of("size", List.of("is too big")), "400");

        ChangeOutcome<Disc> outcome = send(growRoot());

        assertThat(outcome.status()).isEqualTo(Status.REFUSED);
        assertThat(outcome.error().fieldErrors()).containsEntry("size", List.of("is too big"));
        assertThat(api.calls).isEmpty();
        assertThat(finished).singleElement().extracting(FinishedChange::reread).asList().isEmpty();
    }

    @Test
    void aRefusedConnectionNeverReachedTheServiceSoNothingIsReadAgain() {
        nextWriteFails = () -> new NetworkException(NetworkException.Kind.REFUSED, "refused", null);
        assertThat(send(growRoot()).status()).isEqualTo(Status.REFUSED);
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aLostAnswerIsUnknownTheServerIsReadAgainAndNothingIsSentTwice() {
        nextWriteFails = () -> new NetworkException(NetworkException.Kind.TIMEOUT, "no answer", null);

        ChangeOutcome<Disc> outcome = send(growRoot());

        assertThat(outcome.status()).isEqualTo(Status.UNKNOWN);
        assertThat(writes).hasSize(1);
        assertThat(api.calls).containsExactly("vm web1.default.acme");
        assertThat(finished.get(0).reread()).hasSize(1);
    }

    @Test
    void a403OnAServerStillThereMakesItsAccountReadOnly() {
        nextWriteFails = () -> new ForbiddenException("read-only");

        assertThat(send(growRoot()).status()).isEqualTo(Status.FORBIDDEN);

        assertThat(api.calls).containsExactly("vm web1.default.acme");
        assertThat(access.mayChange(web1)).isFalse();
    }

    @Test
    void a403OnAServerDeletedElsewhereTeachesNothingAboutRights() {
        nextWriteFails = () -> new ForbiddenException("deleted");

        send(DiscChanges.resize(ServerTarget.of(old), old.vm().discs().get(0), 51200));

        assertThat(access.mayChange(old)).isTrue();
    }

    @Test
    void a404IsGoneAndTheServerIsReadAgain() {
        nextWriteFails = () -> new NotFoundException("gone");
        assertThat(send(growRoot()).status()).isEqualTo(Status.GONE);
        assertThat(api.calls).containsExactly("vm web1.default.acme");
    }

    @Test
    void a401IsAnsweredFirstThenASignInIsAskedForAndNothingIsResentAfterIt() {
        nextWriteFails = () -> new UnauthorizedException("expired");

        assertThat(send(growRoot()).status()).isEqualTo(Status.SIGN_IN_NEEDED);
        signInsAsked.get(0).run();

        assertThat(events).containsExactly("answered SIGN_IN_NEEDED", "sign-in asked", "told: signed in again");
        assertThat(writes).hasSize(1);
        assertThat(api.calls).isEmpty();
    }

    @Test
    void aNewDiscIsRecordedWithWhatWasAskedOnlyAndTheRecordIsFrozen() {
        ChangeRequest<Disc> create = DiscChanges.create(ServerTarget.of(web1), new DiscSpec(null, 10240, "ssd"));
        assertThat(create.title()).isEqualTo("Adding a disc to web1");
        assertThat(create.change().asked()).containsExactly(Map.entry("size", 10240L), Map.entry("storage_grade", "ssd"));
        assertThat(create.change().disc()).isNull();
        assertThat(create.change().servers()).containsExactly(ServerTarget.of(web1));

        assertThat(send(create).answer().id()).isEqualTo(900);
        assertThat(writes).containsExactly("create web1 DiscSpec[label=null, size=10240, storageGrade=ssd]");
    }

    @Test
    void aPurgeRecordsWhatTheDiscWasAndAddressesItById() {
        Disc root = web1.vm().discs().get(0);
        Change purge = DiscChanges.purge(ServerTarget.of(web1), root).change();
        assertThat(purge.kind()).isEqualTo(ChangeKind.PURGE_DISC);
        assertThat(purge.asked()).isEmpty();
        assertThat(purge.before()).containsExactly(Map.entry("label", "root"), Map.entry("size", 25600L),
                Map.entry("storage_grade", "sata"));
        assertThat(purge.disc().address()).isEqualTo("101");
    }
}
