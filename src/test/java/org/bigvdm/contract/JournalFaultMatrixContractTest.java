package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.Job;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.ServerTarget;
import org.bigvdm.service.journal.Journal;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalEntry.Outcome;
import org.bigvdm.service.journal.JournalStore;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.QueueExecutor;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write × every outcome, sent through the change service to the simulator with its fault
 * injection: each cell leaves exactly one journal entry, with the right outcome. A new
 * {@link ChangeKind} adds one line to {@link #WRITES}; the matrix fails for a kind without one.
 */
class JournalFaultMatrixContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final VmRef BUILD = Contract.BUILD;   // off: root, cache

    /** One write per kind, on the demo estate. */
    private static final Map<ChangeKind, Function<ServerEntry, ChangeRequest<?>>> WRITES =
            new EnumMap<>(ChangeKind.class);

    static {
        WRITES.put(ChangeKind.CREATE_DISC, s -> DiscChanges.create(ServerTarget.of(s),
                new DiscSpec("scratch", 10240, "sata")));
        WRITES.put(ChangeKind.RESIZE_DISC, s -> DiscChanges.resize(ServerTarget.of(s), disc(s, "cache"), 204800));
        WRITES.put(ChangeKind.RELABEL_DISC, s -> DiscChanges.relabel(ServerTarget.of(s), disc(s, "cache"), "cache2"));
        WRITES.put(ChangeKind.PURGE_DISC, s -> DiscChanges.purge(ServerTarget.of(s), disc(s, "cache")));
    }

    @TempDir
    Path dir;
    private final Contract c = new Contract(SIM);

    static Stream<Arguments> cells() {
        return Stream.of(ChangeKind.values())
                .flatMap(kind -> Stream.of(Outcome.values()).map(outcome -> Arguments.of(kind, outcome)));
    }

    private static Disc disc(ServerEntry server, String label) {
        return server.vm().discs().stream().filter(d -> label.equals(d.label())).findFirst().orElseThrow();
    }

    @Test
    void everyKindOfWriteIsInTheMatrix() {
        assertThat(Stream.of(ChangeKind.values()).filter(k -> !WRITES.containsKey(k)))
                .as("ChangeKinds without a write in JournalFaultMatrixContractTest.WRITES").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cells")
    void eachWriteAndOutcomeLeavesOneEntry(ChangeKind kind, Outcome outcome) throws Exception {
        assertThat(WRITES).as("a write for " + kind).containsKey(kind);
        QueueExecutor worker = QueueExecutor.queued();
        TaskRunner immediate = ImmediateTaskRunner.create();
        TaskRunner queued = new ExecutorTaskRunner(worker, Runnable::run);
        AccessRights access = new AccessRights();
        SessionService session = TestSessions.on(c.brain(), access, immediate);
        session.use(new Identity(Endpoints.single(SIM.baseUri()), "demo", false, Identity.Origin.DEMO), "unused");
        EstateService estate = new EstateService(session, immediate, Clock.systemUTC());
        estate.refreshAll();
        ServerEntry build = estate.estate().servers().stream()
                .filter(s -> s.ref().equals(BUILD) || s.vm().name().equals(BUILD.vm()) && s.ref().group().equals(BUILD.group()))
                .findFirst().orElseThrow();
        ChangeService changes = new ChangeService(session, estate, access,
                outcome == Outcome.CANCELLED ? queued : immediate, Clock.systemUTC());
        Journal journal = new Journal(new JournalStore(dir), Runnable::run, Runnable::run, Clock.systemUTC());
        journal.listenTo(changes, session);
        List<String> answered = new ArrayList<>();

        switch (outcome) {
            case REFUSED -> c.faults().failNext(1, 503);
            case UNKNOWN -> c.faults().dropNext(1);
            default -> { }
        }
        Job job = changes.prepare(WRITES.get(kind).apply(build), o -> answered.add(o.status().name()), () -> { })
                .start();
        if (outcome == Outcome.CANCELLED) {
            job.cancel();
            worker.runNext();   // the work starts after the cancel and sends nothing
        }

        List<JournalEntry> entries = journal.read().lines().stream().map(l -> l.entry()).toList();
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(entry.kind()).isEqualTo(kind.name());
        assertThat(entry.outcome()).as(entry.message()).isEqualTo(outcome);
        assertThat(entry.server()).isEqualTo("build");
        assertThat(entry.endpoint()).isEqualTo(Endpoints.single(SIM.baseUri()).brain().toString());
        switch (outcome) {
            case REFUSED -> assertThat(entry.message()).contains("503");
            case UNKNOWN -> assertThat(entry.message()).contains("Read again");
            case CANCELLED -> assertThat(c.stateDiscs(BUILD)).extracting(d -> d.label())
                    .as("nothing was sent").containsExactlyInAnyOrder("root", "cache");
            case DONE -> assertThat(entry.message()).isEmpty();
        }
        if (outcome == Outcome.DONE && kind != ChangeKind.PURGE_DISC) {
            assertThat(entry.after()).as("what the re-read showed").isNotEmpty();
        }
    }
}
