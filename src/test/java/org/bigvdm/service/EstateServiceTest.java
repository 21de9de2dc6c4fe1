package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.ServerErrorException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.QueueExecutor;
import org.junit.jupiter.api.Test;

class EstateServiceTest {
    private final FakeEstateApi api = new FakeEstateApi();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);

    @Test
    void loadsEverythingWithOneOverviewRequest() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        service.refreshAll();
        // the storage grades are read once, beside the first overview
        assertThat(api.calls).containsExactly("definitions", "overview");
        assertThat(service.estate().serverCount()).isEqualTo(4);
        assertThat(service.lastUpdatedProperty().get()).isEqualTo(clock.instant());
        assertThat(service.loadingProperty().get()).isFalse();
        assertThat(service.loadedOnceProperty().get()).isTrue();
        assertThat(service.errorProperty().get()).isNull();
    }

    @Test
    void aRefreshThatFindsNothingNewLeavesTheEstateShownAsItIs() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        service.refreshAll();
        Estate first = service.estate();
        List<Estate> seen = new ArrayList<>();
        service.estateProperty().addListener((o, was, now) -> seen.add(now));

        api.accounts = EstateFixtures.smallEstate();
        service.refreshAll();

        assertThat(service.estate()).isSameAs(first);
        assertThat(seen).isEmpty();
        assertThat(service.lastUpdatedProperty().get()).isEqualTo(clock.instant());

        api.accounts = new Estate(EstateFixtures.smallEstate()).withServer(first.server(12).orElseThrow().vm()
                .withDiscs(List.of())).accounts();
        service.refreshAll();

        assertThat(seen).hasSize(1);
        assertThat(service.estate().server(12).orElseThrow().vm().discs()).isEmpty();
        assertThat(service.estate().server(11).orElseThrow().vm()).isSameAs(first.server(11).orElseThrow().vm());
    }

    @Test
    void derivationsAskedForAreWorkedOutWithTheReadBeforeTheEstateIsShown() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        List<Estate> worked = new ArrayList<>();
        EstateDerivation<Integer> servers = (estate, previous) -> {
            worked.add(estate);
            return estate.serverCount();
        };
        service.deriveOnRead(servers);
        List<Integer> seenDone = new ArrayList<>();
        service.estateProperty().addListener((o, was, now) -> seenDone.add(now.derivedIfDone(servers)));

        service.refreshAll();
        service.refreshAll();

        assertThat(seenDone).containsExactly(4);
        // the second read found nothing new: the estate shown, worked out once
        assertThat(worked).containsExactly(service.estate());
    }

    @Test
    void aFailedLoadKeepsWhatWasShownAndSaysWhyInTheServersWords() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        service.refreshAll();
        api.failNext = new ServerErrorException(500, "Server error (500): database is sad");
        service.refreshAll();
        assertThat(service.estate().serverCount()).isEqualTo(4);
        assertThat(service.errorProperty().get().oneLine()).contains("database is sad");
        service.refreshAll();
        assertThat(service.errorProperty().get()).isNull();
    }

    @Test
    void anExpiredSessionHandsOverToSignInWithTheReadToRepeat() {
        List<Runnable> retries = new ArrayList<>();
        EstateService service = new EstateService(new BrainAccess() {
            @Override
            public BrainApi api() {
                return api;
            }

            @Override
            public void signInNeeded(Runnable after) {
                retries.add(after);
            }
        }, ImmediateTaskRunner.create(), clock);
        service.loadDefinitions();
        api.failNext = new UnauthorizedException("Session expired");
        service.refreshAll();
        assertThat(retries).hasSize(1);
        assertThat(service.errorProperty().get().needsSignIn()).isTrue();
        retries.get(0).run();
        assertThat(service.estate().serverCount()).isEqualTo(4);
        assertThat(api.calls).containsExactly("definitions", "overview", "overview");
    }

    @Test
    void aSupersededLoadIsDroppedNotShown() {
        QueueExecutor background = QueueExecutor.queued();
        TaskRunner runner = new ExecutorTaskRunner(background, Runnable::run);
        EstateService service = withGrades(new EstateService(() -> api, runner, clock), background);
        service.refreshAll();                       // first load, still pending
        api.accounts = List.of();                   // the estate changes behind our back
        service.refreshAll();                       // the user refreshes again
        background.runNext();                       // first finishes late: its answer is dropped
        background.runNext();
        assertThat(service.estate().serverCount()).isZero();
        assertThat(runner.operations().running()).isEmpty();
    }

    @Test
    void aCancelledRefreshKeepsWhatIsShownAndDropsTheLateAnswer() {
        QueueExecutor background = QueueExecutor.queued();
        TaskRunner runner = new ExecutorTaskRunner(background, Runnable::run);
        EstateService service = withGrades(new EstateService(() -> api, runner, clock), background);
        service.refreshAll();
        background.runNext();
        api.accounts = List.of();
        service.refreshAll();
        assertThat(service.loadingProperty().get()).isTrue();

        service.cancelRefresh();
        assertThat(service.loadingProperty().get()).isFalse();
        assertThat(runner.operations().running()).isEmpty();
        background.runNext();                       // the answer arrives after all
        assertThat(service.estate().serverCount()).isEqualTo(4);
    }

    @Test
    void refreshingOneServerReadsOnlyThatServer() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        service.refreshAll();
        ServerEntry web1 = service.estate().server(11).orElseThrow();
        api.accounts = List.of(new Account(1, "acme", false, List.of(
                new Group(1, 1, "default", List.of(EstateFixtures.vmWithDiscs(11, "web1", 1, 3))))));
        boolean[] then = new boolean[1];
        service.refreshServer(web1.ref(), fresh -> then[0] = fresh.isPresent());
        assertThat(api.calls).containsExactly("definitions", "overview", "vm web1.default.acme");
        assertThat(service.estate().server(11).orElseThrow().vm().discs()).hasSize(3);
        assertThat(service.estate().serverCount()).isEqualTo(4);
        assertThat(then[0]).isTrue();
    }

    @Test
    void aServerReadAgainArrivesWithItsDerivationsWorkedOutBeforeItIsShown() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        EstateDerivation<Integer> discs = (estate, previous) ->
                estate.servers().stream().mapToInt(e -> e.vm().discs().size()).sum();
        service.deriveOnRead(discs);
        service.refreshAll();
        ServerEntry web1 = service.estate().server(11).orElseThrow();
        int before = service.estate().derivedIfDone(discs);
        List<Integer> seenDone = new ArrayList<>();
        service.estateProperty().addListener((o, was, now) -> seenDone.add(now.derivedIfDone(discs)));
        api.accounts = List.of(new Account(1, "acme", false, List.of(
                new Group(1, 1, "default", List.of(EstateFixtures.vmWithDiscs(11, "web1", 1, 3))))));

        service.refreshServer(web1.ref(), fresh -> { });

        // worked out with the read (on the worker), not by the first view to ask on the UI thread
        assertThat(seenDone).containsExactly(before - web1.vm().discs().size() + 3);
    }

    @Test
    void aServerReadAgainAfterAnotherAnswerLandedGoesIntoTheNewerEstate() {
        QueueExecutor background = QueueExecutor.queued();
        QueueExecutor ui = QueueExecutor.queued();
        EstateService service = new EstateService(() -> api, new ExecutorTaskRunner(background, ui), clock);
        service.refreshAll();
        while (!background.isEmpty() || !ui.isEmpty()) {
            (background.isEmpty() ? ui : background).runNext();
        }
        ServerEntry web1 = service.estate().server(11).orElseThrow();
        Estate withFresh = new Estate(api.accounts).withServer(EstateFixtures.vmWithDiscs(11, "web1", 1, 3));
        api.accounts = withFresh.accounts();
        service.refreshServer(web1.ref(), fresh -> { });
        background.runNext();                 // read, and put into the estate shown when it was asked for
        api.accounts = withFresh.withServer(withFresh.server(12).orElseThrow().vm().withDiscs(List.of()))
                .accounts();
        service.refreshAll();                 // meanwhile a full load ...
        background.runNext();
        ui.runLast();                         // ... lands first
        ui.runNext();                         // then the server read again

        assertThat(service.estate().server(12).orElseThrow().vm().discs()).isEmpty();
        assertThat(service.estate().server(11).orElseThrow().vm().discs()).hasSize(3);
        assertThat(service.estate().serverCount()).isEqualTo(4);
    }

    @Test
    void aFullLoadSentBeforeAChangeNeverPaintsTheOldStateBack() {
        QueueExecutor background = QueueExecutor.queued();
        EstateService service = withGrades(new EstateService(() -> api,
                new ExecutorTaskRunner(background, Runnable::run), clock), background);
        service.refreshAll();
        background.runNext();
        ServerEntry web1 = service.estate().server(11).orElseThrow();
        List<Account> before = api.accounts;
        List<Account> after = List.of(new Account(1, "acme", false,
                List.of(new Group(1, 1, "default", List.of(EstateFixtures.vmWithDiscs(11, "web1", 1, 3))))));

        service.refreshAll();                 // auto-refresh: an overview is on its way
        api.accounts = after;                 // meanwhile a disc is created...
        service.refreshServer(web1.ref(), fresh -> { });
        background.runLast();                 // ...and its re-read comes back first
        assertThat(service.estate().server(11).orElseThrow().vm().discs()).hasSize(3);

        api.accounts = before;                // the old overview answers with the old picture
        background.runNext();
        api.accounts = after;
        while (!background.isEmpty()) {
            background.runNext();
        }
        assertThat(service.estate().server(11).orElseThrow().vm().discs()).hasSize(3);
    }

    @Test
    void gradesThatFailedToLoadAreAskedForAgainWithTheNextRefresh() {
        EstateService service = new EstateService(() -> api, ImmediateTaskRunner.create(), clock);
        api.failNext = new ServerErrorException(500, "Server error (500)");
        service.loadDefinitions();
        assertThat(service.definitionsProperty().get().storageGrades()).isEmpty();
        service.refreshAll();
        assertThat(service.definitionsProperty().get().storageGrades()).containsExactly("sata", "ssd", "archive");
    }

    private static EstateService withGrades(EstateService service, QueueExecutor background) {
        service.loadDefinitions();
        background.runNext();
        return service;
    }
}
