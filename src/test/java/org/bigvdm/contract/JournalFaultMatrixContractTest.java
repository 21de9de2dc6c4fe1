package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupScheduleSpec;
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
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.MoveChanges;
import org.bigvdm.service.change.PowerChanges;
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
    static final SimulatorExtension SIM = SimulatorExtension.create().withTestClock().resetBeforeEachTest();

    private static final VmRef BUILD = Contract.BUILD;   // off: root, cache
    private static final BackupScheduleSpec DAILY = new BackupScheduleSpec("00:00", 86400, 7);

    /** A write ready to send: any setup it needs is done, the estate read afterwards. */
    private interface Write {
        ChangeRequest<?> prepare(Contract c, World world);
    }

    /** The demo estate as the app read it, by server name. */
    private interface World {
        ServerEntry server(String name);
    }

    /** One write per kind, on the demo estate (build is off with root and cache; www1 is on). */
    private static final Map<ChangeKind, Write> WRITES = new EnumMap<>(ChangeKind.class);

    static {
        WRITES.put(ChangeKind.CREATE_DISC, (c, w) -> DiscChanges.create(target(w), new DiscSpec("scratch", 10240,
                "sata")));
        WRITES.put(ChangeKind.RESIZE_DISC, (c, w) -> DiscChanges.resize(target(w), cache(w), 204800));
        WRITES.put(ChangeKind.RELABEL_DISC, (c, w) -> DiscChanges.relabel(target(w), cache(w), "cache2"));
        WRITES.put(ChangeKind.PURGE_DISC, (c, w) -> DiscChanges.purge(target(w), cache(w)));
        WRITES.put(ChangeKind.MOVE_DISC, (c, w) -> MoveChanges.move(w.server("build"), cache(w), w.server("db")));
        WRITES.put(ChangeKind.BACKUP_DISC, (c, w) -> BackupChanges.takeBackup(target(w), cache(w)));
        WRITES.put(ChangeKind.DELETE_BACKUP, (c, w) -> BackupChanges.deleteBackup(target(w), cache(w),
                finishedBackup(c)));
        WRITES.put(ChangeKind.RESTORE_BACKUP, (c, w) -> BackupChanges.restore(target(w), cache(w),
                finishedBackup(c)));
        WRITES.put(ChangeKind.ADD_SCHEDULE, (c, w) -> BackupChanges.addSchedule(target(w), cache(w), DAILY));
        WRITES.put(ChangeKind.REMOVE_SCHEDULE, (c, w) -> BackupChanges.removeSchedule(target(w), cache(w),
                c.brain().addBackupSchedule(BUILD, "cache", DAILY)));
        WRITES.put(ChangeKind.START_SERVER, (c, w) -> PowerChanges.start(w.server("build")));
        WRITES.put(ChangeKind.RESTART_SERVER, (c, w) -> PowerChanges.startAfterShutdown(w.server("build")));
        WRITES.put(ChangeKind.SHUTDOWN_SERVER, (c, w) -> PowerChanges.shutdown(w.server("www1")));
        WRITES.put(ChangeKind.STOP_SERVER, (c, w) -> PowerChanges.stop(w.server("www1")));
        WRITES.put(ChangeKind.RESET_SERVER, (c, w) -> PowerChanges.reset(w.server("www1")));
        WRITES.put(ChangeKind.UNDELETE_SERVER, (c, w) -> PowerChanges.undelete(w.server("oldshop")));
    }

    private static ServerTarget target(World w) {
        return ServerTarget.of(w.server("build"));
    }

    private static Disc cache(World w) {
        return disc(w.server("build"), "cache");
    }

    /** A manual backup of build's cache, finished (the simulator's clock moved on past its copy). */
    private static Backup finishedBackup(Contract c) {
        Backup b = c.brain().takeBackup(BUILD, "cache");
        SIM.advance(BackupContractTest.DELAY);
        return b;
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
        World world = name -> {
            estate.refreshAll();
            return estate.estate().servers().stream().filter(s -> s.vm().name().equals(name)
                    && s.account().name().equals(BUILD.account())).findFirst().orElseThrow();
        };
        ChangeRequest<?> request = WRITES.get(kind).prepare(c, world);
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
        Job job = changes.prepare(request, o -> answered.add(o.status().name()), () -> { }).start();
        if (outcome == Outcome.CANCELLED) {
            job.cancel();
            worker.runNext();   // the work starts after the cancel and sends nothing
        }

        List<JournalEntry> entries = journal.read().lines().stream().map(l -> l.entry()).toList();
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(entry.kind()).isEqualTo(kind.name());
        assertThat(entry.outcome()).as(entry.message()).isEqualTo(outcome);
        assertThat(entry.server()).isEqualTo(request.change().server().name());
        assertThat(entry.endpoint()).isEqualTo(Endpoints.single(SIM.baseUri()).brain().toString());
        switch (outcome) {
            case REFUSED -> assertThat(entry.message()).contains("503");
            case UNKNOWN -> assertThat(entry.message()).contains("Read again");
            case CANCELLED -> assertThat(answered).containsExactly("CANCELLED");
            case DONE -> assertThat(entry.message()).isEmpty();
        }
        if (outcome == Outcome.DONE && (kind == ChangeKind.RESIZE_DISC || kind == ChangeKind.RELABEL_DISC
                || kind == ChangeKind.START_SERVER || kind == ChangeKind.UNDELETE_SERVER)) {
            assertThat(entry.after()).as("what the re-read showed").hasToString(request.change().asked().toString());
        }
    }
}
