package org.bigvdm.ui.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.BulkSender;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.ui.backups.SchedulePreset;
import org.bigvdm.ui.bulk.BulkRow.Status;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;

/** Bulk Back up now and Start run on the same runner as grow: preview rules, then each allowed row once. */
class BulkRowsTest {
    private final AccessRights access = new AccessRights();
    private final List<String> writes = new ArrayList<>();
    private final List<FinishedChange> journal = new ArrayList<>();
    private final FakeEstateApi api = new FakeEstateApi() {
        @Override
        public Backup takeBackup(VmRef vm, String disc) {
            writes.add("backup " + vm.vm() + " " + disc);
            return new Backup(1, "backup-1", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public void start(VmRef vm) {
            writes.add("start " + vm.vm());
        }

        @Override
        public void signalPowerdown(VmRef vm) {
            writes.add("powerdown " + vm.vm());
        }

        @Override
        public BackupSchedule addBackupSchedule(VmRef vm, String disc, BackupScheduleSpec spec) {
            writes.add("schedule " + vm.vm() + " " + disc + " " + spec.startAt() + " " + spec.intervalSeconds() + " "
                    + spec.capacity());
            return new BackupSchedule(9L, spec.startAt(), (int) spec.intervalSeconds(), (int) spec.capacity());
        }

        @Override
        public void stop(VmRef vm) {
            writes.add("stop " + vm.vm());
        }
    };
    private final TaskRunner runner = ImmediateTaskRunner.create();
    private final SessionService session = TestSessions.on(api, access, runner);
    private final EstateService estate = new EstateService(session, runner, Clock.systemUTC());
    private final ChangeService changes = new ChangeService(session, estate, access, runner, Clock.systemUTC());
    private final BulkSender sender = new BulkSender(changes);
    private final Definitions defs = new Definitions(null, null, null);

    private List<DiscRow> rows(long... ids) {
        estate.refreshAll();
        List<DiscRow> out = new ArrayList<>();
        for (long id : ids) {
            for (ServerEntry s : estate.estate().servers()) {
                for (Disc d : s.vm().discs()) {
                    if (d.id() == id) {
                        out.add(new DiscRow(d, s, null));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void backUpNowSendsOneBackupPerAllowedDiscAndNoneOnADeletedServer() {
        changes.subscribe(journal::add);
        BulkRunViewModel vm = BulkRunViewModel.of(sender, "be backed up",
                BulkRows.backUp(rows(101, 102, 104), access, defs));

        assertThat(vm.rows()).extracting(BulkRow::allowed).containsExactly(true, true, false);
        assertThat(vm.rows().get(2).whyNot()).contains("is deleted");
        vm.send();

        assertThat(writes).containsExactly("backup web1 101", "backup web1 102");
        assertThat(vm.rows()).extracting(BulkRow::status).containsExactly(Status.DONE, Status.DONE, Status.NOT_ALLOWED);
        assertThat(journal).extracting(f -> f.change().kind()).containsOnly(ChangeKind.BACKUP_DISC);
    }

    @Test
    void startAsksOncePerServerAndSkipsRunningOnes() {
        // web1 (running: 101, 102), db1 (off: 103), mail in beta (off, read-only: 201)
        access.markReadOnly(2);
        BulkRunViewModel vm = BulkRunViewModel.of(sender, "start",
                BulkRows.start(rows(101, 102, 103, 201), access, defs));

        assertThat(vm.rows()).extracting(BulkRow::item).containsExactly("web1", "db1", "mail");
        assertThat(vm.rows()).extracting(BulkRow::whyNot).containsExactly("already running", null,
                "You may look at the server mail but not change it.");
        vm.send();

        assertThat(writes).containsExactly("start db1");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 done");
    }

    @Test
    void shutDownAndStopAskOncePerRunningServerAndSkipOffOnes() {
        // web1 (running: 101, 102), db1 (off: 103)
        BulkRunViewModel shutDown = BulkRunViewModel.of(sender, "shut down",
                BulkRows.shutDown(rows(101, 102, 103), access, defs));
        assertThat(shutDown.rows()).extracting(BulkRow::item).containsExactly("web1", "db1");
        assertThat(shutDown.rows()).extracting(BulkRow::whyNot).containsExactly(null, "already off");
        shutDown.send();

        BulkRunViewModel stop = BulkRunViewModel.of(sender, "stop", BulkRows.stop(rows(102, 103), access, defs));
        assertThat(stop.rows()).extracting(BulkRow::allowed).containsExactly(true, false);
        stop.send();

        assertThat(writes).containsExactly("powerdown web1", "stop web1");
        assertThat(stop.summaryProperty().get()).isEqualTo("1 done");
    }

    @Test
    void aScheduleIsCheckedBeforeThePreviewOffersItAndThenAddedOncePerAllowedDisc() {
        BulkScheduleViewModel vm = new BulkScheduleViewModel(sender, access, defs, rows(101, 102, 104));
        vm.capacityProperty().set("0");
        assertThat(vm.whyNoSend()).isEqualTo("Keep must be greater than 0");
        assertThat(vm.rows()).extracting(BulkRow::allowed).containsOnly(false);
        vm.capacityProperty().set("3");
        vm.startAtProperty().set("25:99");
        assertThat(vm.whyNoSend()).startsWith("Start time is not a valid time");

        vm.startAtProperty().set("02:30");
        vm.presetProperty().set(SchedulePreset.WEEKLY);
        assertThat(vm.rows()).extracting(BulkRow::allowed).containsExactly(true, true, false);
        assertThat(vm.rows().get(0).proposed()).isEqualTo("+ every week from 02:30, keep 3");
        vm.send();

        assertThat(writes).containsExactly("schedule web1 101 02:30 604800 3", "schedule web1 102 02:30 604800 3");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 done");
    }
}
