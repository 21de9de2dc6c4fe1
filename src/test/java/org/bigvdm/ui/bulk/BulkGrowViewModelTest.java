package org.bigvdm.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.Estate;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.ui.bulk.BulkRow.Status;
import org.bigvdm.ui.dialogs.ManualTaskRunner;
import org.bigvdm.ui.dialogs.SizeUnit;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;

/**
 * Bulk grow: the preview's rules, only allowed rows sent, each once, one at a time or four at
 * once, each row's own result (a fault in the middle of a run included) and Cancel.
 */
class BulkGrowViewModelTest {
    private final AccessRights access = new AccessRights();
    private final List<String> writes = new ArrayList<>();
    /** Disc id → what its resize does instead of succeeding. */
    private final Map<Long, Function<Long, RuntimeException>> faults = new HashMap<>();
    private final List<FinishedChange> finished = new ArrayList<>();

    private final FakeEstateApi api = new FakeEstateApi() {
        @Override
        public Disc resizeDisc(VmRef vm, String disc, long newSizeMib) {
            long id = Long.parseLong(disc);
            writes.add(disc + "→" + newSizeMib);
            Function<Long, RuntimeException> fault = faults.get(id);
            if (fault != null && !(fault.apply(id) instanceof NetworkException)) {
                throw fault.apply(id);
            }
            ServerEntry s = new Estate(accounts).servers().stream()
                    .filter(e -> e.vm().discs().stream().anyMatch(d -> d.id() == id)).findFirst().orElseThrow();
            VirtualMachine grown = s.vm().withDiscs(s.vm().discs().stream()
                    .map(d -> d.id() == id ? d.withSize(newSizeMib) : d).toList());
            accounts = new Estate(accounts).withServer(grown).accounts();
            if (fault != null) {
                throw fault.apply(id); // made, but the answer was lost
            }
            return grown.discs().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        }
    };

    private TaskRunner runner = ImmediateTaskRunner.create();
    private EstateService estate;
    private BulkSender sender;

    private void start(TaskRunner r) {
        runner = r;
        SessionService session = TestSessions.on(api, access, runner);
        estate = new EstateService(session, runner, Clock.systemUTC());
        ChangeService changes = new ChangeService(session, estate, access, runner, Clock.systemUTC());
        changes.subscribe(finished::add);
        sender = new BulkSender(changes);
        estate.refreshAll();
    }

    private List<DiscRow> rows(long... discIds) {
        List<DiscRow> out = new ArrayList<>();
        for (long id : discIds) {
            for (ServerEntry s : estate.estate().servers()) {
                for (Disc d : s.vm().discs()) {
                    if (d.id() == id) {
                        out.add(new DiscRow(d, s, d.storageGrade()));
                    }
                }
            }
        }
        return out;
    }

    private BulkGrowViewModel grow(String size, long... discIds) {
        BulkGrowViewModel vm = new BulkGrowViewModel(sender, access, new Definitions(null, null, null), rows(discIds));
        vm.sizeProperty().set(size);
        return vm;
    }

    private long sizeOf(long discId) {
        return estate.estate().servers().stream().flatMap(s -> s.vm().discs().stream())
                .filter(d -> d.id() == discId).findFirst().orElseThrow().size();
    }

    private static void drain(ManualTaskRunner manual) {
        while (manual.pendingCount() > 0) {
            manual.runNext();
        }
    }

    @Test
    void thePreviewSaysForEachDiscItsSizeNowAndAfterAndWhyNotWhereItMayNotGrow() {
        start(ImmediateTaskRunner.create());
        access.markReadOnly(2); // beta: mail's disc 201
        BulkGrowViewModel vm = grow("40", 101, 102, 103, 104, 201);

        assertThat(vm.rows()).extracting(BulkRow::item, BulkRow::current, BulkRow::proposed, BulkRow::allowed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("root", "25 GiB", "40 GiB", true),
                        org.assertj.core.groups.Tuple.tuple("data", "50 GiB", "40 GiB", false),
                        org.assertj.core.groups.Tuple.tuple("vda", "10 GiB", "40 GiB", true),
                        org.assertj.core.groups.Tuple.tuple("root", "25 GiB", "40 GiB", false),
                        org.assertj.core.groups.Tuple.tuple("root", "20 GiB", "40 GiB", false));
        assertThat(vm.rows().get(1).whyNot()).isEqualTo("already 50 GiB: discs only grow");
        assertThat(vm.rows().get(3).whyNot()).contains("is deleted");
        assertThat(vm.rows().get(4).whyNot()).contains("may look at the server mail but not change it");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 5 will grow; 3 not allowed");

        vm.unitProperty().set(SizeUnit.TIB);
        vm.sizeProperty().set("+2");
        assertThat(vm.rows().get(0).whyNot()).isEqualTo("would be 2 TiB: the most is 2 TiB");
        vm.sizeProperty().set("ten");
        assertThat(vm.whyNoSend()).isEqualTo("Enter a whole number");
        vm.send();
        assertThat(writes).isEmpty();
    }

    @Test
    void onlyAllowedRowsAreSentOnceEachAndEachShowsItsResult() {
        start(ImmediateTaskRunner.create());
        BulkGrowViewModel vm = grow("+10", 101, 102, 103, 104);

        vm.send();

        assertThat(writes).containsExactly("101→35840", "102→61440", "103→20480");
        assertThat(vm.rows()).extracting(BulkRow::status)
                .containsExactly(Status.DONE, Status.DONE, Status.DONE, Status.NOT_ALLOWED);
        assertThat(sizeOf(101)).isEqualTo(35840);
        assertThat(finished).hasSize(3);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.summaryProperty().get()).isEqualTo("3 done");
        vm.send();
        assertThat(writes).hasSize(3);
    }

    @Test
    void aFaultInTheMiddleOfARunShowsOnItsRowAndTheRunGoesOnWithoutRetrying() {
        start(ImmediateTaskRunner.create());
        faults.put(102L, id -> new BadRequestException(Map.of("size", List.of("is too big for this pool")),
                "400 Bad Request"));
        faults.put(103L, id -> new NetworkException(NetworkException.Kind.TIMEOUT, "read timed out", null));
        BulkGrowViewModel vm = grow("+10", 101, 102, 103, 201);

        vm.send();

        assertThat(writes).containsExactly("101→35840", "102→61440", "103→20480", "201→30720");
        assertThat(vm.rows()).extracting(BulkRow::status)
                .containsExactly(Status.DONE, Status.REFUSED, Status.UNKNOWN, Status.DONE);
        assertThat(vm.rows().get(1).result()).startsWith("refused: ").contains("is too big for this pool");
        assertThat(vm.rows().get(2).result()).startsWith("no answer").endsWith("read again: now 20 GiB: it was made");
        assertThat(sizeOf(102)).isEqualTo(51200);
        assertThat(sizeOf(103)).isEqualTo(20480);
        assertThat(vm.summaryProperty().get()).isEqualTo("2 done, 1 refused, 1 unknown");
    }

    @Test
    void cancelStopsTheRowsNotYetSentAndTheOneOnItsWayFinishes() {
        ManualTaskRunner manual = new ManualTaskRunner();
        start(manual);
        drain(manual); // the first full read
        BulkGrowViewModel vm = grow("+1", 101, 102, 103);

        vm.send();
        assertThat(manual.pendingCount()).isEqualTo(1);
        assertThat(vm.rows()).extracting(BulkRow::status).containsExactly(Status.SENDING, Status.QUEUED, Status.QUEUED);
        vm.cancel();
        assertThat(vm.rows()).extracting(BulkRow::status).containsExactly(Status.SENDING, Status.NOT_SENT, Status.NOT_SENT);
        drain(manual);

        assertThat(writes).containsExactly("101→26624");
        assertThat(vm.rows()).extracting(BulkRow::status).containsExactly(Status.DONE, Status.NOT_SENT, Status.NOT_SENT);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void inParallelAtMostFourAreOnTheirWayAtOnce() {
        ManualTaskRunner manual = new ManualTaskRunner();
        start(manual);
        drain(manual);
        BulkGrowViewModel vm = grow("+1", 101, 102, 103, 201);
        vm.parallelProperty().set(true);
        List<Long> more = new ArrayList<>();
        for (ServerEntry s : estate.estate().servers()) {
            s.vm().discs().forEach(d -> more.add(d.id()));
        }
        assertThat(more).hasSizeGreaterThan(4);
        BulkGrowViewModel wide = grow("+1", more.stream().mapToLong(Long::longValue).toArray());
        wide.parallelProperty().set(true);

        wide.send();

        long sending = wide.rows().stream().filter(r -> r.status() == Status.SENDING).count();
        assertThat(sending).isEqualTo(BulkSender.MAX_PARALLEL);
        assertThat(manual.pendingCount()).isEqualTo(BulkSender.MAX_PARALLEL);
        drain(manual);
        assertThat(wide.rows()).filteredOn(BulkRow::allowed).extracting(BulkRow::status).containsOnly(Status.DONE);
        assertThat(writes).hasSize((int) wide.allowedCount());
        assertThat(vm.rows()).extracting(BulkRow::status).containsOnly(Status.WILL_SEND);
    }
}
