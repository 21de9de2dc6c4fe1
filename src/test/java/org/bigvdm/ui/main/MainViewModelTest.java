package org.bigvdm.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.UnavailableException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private static final Endpoints DEMO = Endpoints.single(URI.create("http://127.0.0.1:9"));
    private Disc created;
    private final FakeEstateApi api = new FakeEstateApi() {
        @Override
        public Disc createDisc(VmRef vm, DiscSpec spec) {
            return created;
        }
    };
    private ChangeService changes;
    private final List<String> asked = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private final AccessRights access = new AccessRights();
    private MainViewModel vm;
    private EstateService estate;
    private SessionService session;

    @BeforeEach
    void setUp() {
        TaskRunner runner = ImmediateTaskRunner.create();
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
        session = TestSessions.on(api, access, runner);
        session.use(Identity.demo(DEMO, "demo"), "t");
        estate = new EstateService(session, runner, clock);
        changes = new ChangeService(session, estate, access, runner, clock);
        DiscActions discs = new DiscActions() {
            @Override
            public void create(ServerEntry server) {
                asked.add("create " + server.vm().name());
            }

            @Override
            public void resize(DiscRow disc) {
                asked.add("resize " + disc.label());
            }

            @Override
            public void relabel(DiscRow disc) {
                asked.add("relabel " + disc.label());
            }

            @Override
            public void purge(DiscRow disc) {
                asked.add("purge " + disc.label());
            }
        };
        AccountActions accounts = new AccountActions() {
            @Override
            public void signIn() {
                asked.add("sign in");
            }

            @Override
            public void signOut() {
                asked.add("sign out");
            }

            @Override
            public void tryDemo() {
                asked.add("demo");
            }
        };
        vm = new MainViewModel(
                new MainViewModel.Services(estate, access, changes, session, runner.operations(),
                        new PeriodicTask(Executors.newSingleThreadScheduledExecutor(), Runnable::run)),
                new MainViewModel.Ports(discs, accounts, clipboard::add, () -> asked.add("about")),
                new Notifications(), ZoneOffset.UTC);
        estate.loadDefinitions();
        estate.refreshAll();
    }

    @Test
    void statusSaysWhenItWasUpdated() {
        assertThat(vm.updatedTextProperty().get()).isEqualTo("Updated 10:15:30");
        assertThat(api.calls).containsExactly("definitions", "overview");
    }

    @Test
    void actionsSayWhyTheyAreOff() {
        assertThat(vm.addDisabledReasonProperty().get()).isEqualTo("Select a server first");
        assertThat(vm.discDisabledReasonProperty().get()).isEqualTo("Select a disc first");

        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        assertThat(vm.addDisabledReasonProperty().get()).isNull();
        vm.addDisc();
        assertThat(asked).containsExactly("create web1");

        vm.tree().showDeletedProperty().set(true);
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 13));
        assertThat(vm.addDisabledReasonProperty().get()).isEqualTo("The server old is deleted: its discs cannot change.");
        vm.table().selectedRowProperty().set(vm.table().rows().get(0));
        assertThat(vm.discDisabledReasonProperty().get()).isEqualTo("The server old is deleted: its discs cannot change.");
        vm.purgeDisc();
        assertThat(asked).containsExactly("create web1");
    }

    @Test
    void aFullServerCannotTakeAnotherDisc() {
        api.accounts = List.of(new Account(1, "acme", false, List.of(
                new Group(1, 1, "default", List.of(EstateFixtures.vmWithDiscs(7, "full", 1, 8))))));
        vm.refresh();
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 7));
        assertThat(vm.addDisabledReasonProperty().get())
                .isEqualTo("The server full already has 8 discs, the most a server can have.");
        vm.addDisc();
        assertThat(asked).isEmpty();
    }

    @Test
    void readOnlyAccessTurnsChangesOff() {
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        access.markReadOnly(1);
        assertThat(vm.addDisabledReasonProperty().get()).isEqualTo("You may look at the server web1 but not change it.");
    }

    @Test
    void readOnlyIsPerAccountAndANewSignInForgetsIt() {
        access.markReadOnly(1);
        vm.tree().selectedKeyProperty().set(NodeKeys.server(2, 3, 21));
        assertThat(vm.addDisabledReasonProperty().get()).as("the other account stays writable").isNull();
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        assertThat(vm.addDisabledReasonProperty().get()).isNotNull();
        access.forget();
        assertThat(vm.addDisabledReasonProperty().get()).isNull();
    }

    @Test
    void discActionsGoToTheSelectedDiscAndItsServer() {
        vm.tree().selectedKeyProperty().set(NodeKeys.group(1, 1));
        vm.table().selectedRowProperty().set(vm.table().rows().get(2));
        assertThat(vm.selectedServerProperty().get().vm().name()).isEqualTo("db1");
        vm.resizeDisc();
        vm.relabelDisc();
        vm.purgeDisc();
        assertThat(asked).containsExactly("resize vda", "relabel vda", "purge vda");
    }

    @Test
    void copyIdCopiesTheDiscOrElseTheServer() {
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        vm.copyId();
        vm.table().selectedRowProperty().set(vm.table().rows().get(1));
        vm.copyId();
        assertThat(clipboard).containsExactly("11", "102");
        assertThat(vm.notificationProperty().get().text()).isEqualTo("Copied disc id 102");
    }

    @Test
    void titleNamesDemoOrTheEndpoint() {
        assertThat(vm.titleProperty().get()).isEqualTo("BigV Disc Manager — Demo");
        session.use(new Identity(Endpoints.BYTEMARK_CLOUD, "alice", false, Identity.Origin.SIGN_IN), "t");
        assertThat(vm.titleProperty().get()).isEqualTo("BigV Disc Manager — uk0.bigv.io");
    }

    @Test
    void signingOutIsOffOnTheDemoAndTheMenusCommandsReachTheirPorts() {
        assertThat(vm.signOutDisabledReasonProperty().get()).isNotNull();
        vm.signOut();
        session.use(new Identity(Endpoints.BYTEMARK_CLOUD, "alice", false, Identity.Origin.SIGN_IN), "t");
        assertThat(vm.signOutDisabledReasonProperty().get()).isNull();
        vm.signOut();
        vm.signIn();
        vm.tryDemo();
        vm.showAbout();
        assertThat(asked).containsExactly("sign out", "sign in", "demo", "about");
    }

    @Test
    void aDiscAddedHereIsSelectedOnceItsServerWasReadAgain() {
        vm.tree().selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        ServerEntry web1 = estate.estate().server(11).orElseThrow();
        created = EstateFixtures.disc(105, "logs", 10240, "sata", 11);
        api.accounts = List.of(new Account(1, "acme", false, List.of(new Group(1, 1, "default", List.of(
                EstateFixtures.vm(11, "web1", 1, true, false, web1.vm().discs().get(0), web1.vm().discs().get(1),
                        created))))));
        changes.prepare(DiscChanges.create(ServerTarget.of(web1), new DiscSpec("logs", 10240, null)),
                outcome -> { }, () -> { }).start();

        assertThat(vm.table().selectedRowProperty().get().id()).isEqualTo(105);
    }

    @Test
    void aLoadErrorIsShownInWordsAndClearedByASuccessfulRetry() {
        api.failNext = new UnavailableException("Service unavailable (503): maintenance");
        vm.refresh();
        assertThat(vm.errorTextProperty().get())
                .isEqualTo("The service is temporarily unavailable: Service unavailable (503): maintenance");
        vm.refresh();
        assertThat(vm.errorTextProperty().get()).isEmpty();
    }
}
