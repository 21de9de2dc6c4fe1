package org.bigvdm.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final FakeEstateApi api = new FakeEstateApi();
    private final List<String> asked = new ArrayList<>();
    private final List<String> clipboard = new ArrayList<>();
    private MainViewModel vm;
    private EstateService estate;
    private final AccessRights access = new AccessRights();

    @BeforeEach
    void setUp() {
        TaskRunner runner = ImmediateTaskRunner.create();
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30Z"), ZoneOffset.UTC);
        estate = new EstateService(() -> api, runner, clock);
        ChangeService changes = new ChangeService(() -> api, estate, access, runner, clock);
        vm = new MainViewModel(estate, access, changes, runner.operations(),
                new PeriodicTask(Executors.newSingleThreadScheduledExecutor(), Runnable::run), ZoneOffset.UTC);
        vm.discActionsProperty().set(new DiscActions() {
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
        });
        vm.setClipboard(clipboard::add);
        vm.start();
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
        vm.demoModeProperty().set(true);
        assertThat(vm.titleProperty().get()).isEqualTo("BigV Disc Manager — Demo");
        vm.demoModeProperty().set(false);
        vm.whereProperty().set("uk0.bigv.io");
        assertThat(vm.titleProperty().get()).isEqualTo("BigV Disc Manager — uk0.bigv.io");
    }

    @Test
    void aLoadErrorIsShownInWordsAndClearedByASuccessfulRetry() {
        api.failNext = new org.bigvdm.api.error.UnavailableException("Service unavailable (503): maintenance");
        vm.refresh();
        assertThat(vm.errorTextProperty().get())
                .isEqualTo("The service is temporarily unavailable: Service unavailable (503): maintenance");
        vm.refresh();
        assertThat(vm.errorTextProperty().get()).isEmpty();
    }
}
