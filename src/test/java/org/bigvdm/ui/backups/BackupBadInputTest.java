package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.SimBackupWorld;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.dialogs.Servers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input in the schedule editor and the restore dialog, each refused with its exact message
 * before anything is sent, and the same input refused by the simulator with the same words.
 */
class BackupBadInputTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private final SimBackupWorld w = new SimBackupWorld(SIM);
    private final ServerContext server = Servers.web1();
    private final Disc data = Servers.DATA;

    private ScheduleEditorViewModel editor() {
        return new ScheduleEditorViewModel(w.changes, server, data, List.of(), null, CLOCK);
    }

    private long writes() {
        return w.finished.size();
    }

    /** The simulator's message for the same body field, as the editor words it. */
    private String simulatorSays(String startAt, long interval, long capacity, String field) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> w.brain.addBackupSchedule(
                SimBackupWorld.BUILD, "root", new BackupScheduleSpec(startAt, interval, capacity)));
        return BackupFormViewModel.sentence(field, e.fieldErrors().get(field));
    }

    @ParameterizedTest(name = "interval \"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "0|Interval seconds must be greater than 0",
        "-1|Interval seconds must be greater than 0",
        "-86400|Interval seconds must be greater than 0",
        "abc|Interval seconds is not a number",
        "1h|Interval seconds is not a number",
        "one day|Interval seconds is not a number",
        "1.5|Interval seconds must be an integer",
        "86400.0|Interval seconds must be an integer",
        "2147483648|Interval seconds must be less than or equal to 2147483647",
        "''|Interval seconds can't be blank",
        "'   '|Interval seconds can't be blank"})
    void badIntervalsAreRefusedWithTheirMessage(String typed, String message) {
        ScheduleEditorViewModel vm = editor();
        vm.presetProperty().set(SchedulePreset.CUSTOM);
        vm.intervalSecondsProperty().set(typed);

        assertThat(vm.intervalField().message()).isEqualTo(message);
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(writes()).isZero();
    }

    @ParameterizedTest(name = "capacity \"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
        "0|Capacity must be greater than 0",
        "-1|Capacity must be greater than 0",
        "-7|Capacity must be greater than 0",
        "1001|Capacity must be less than or equal to 1000",
        "5000|Capacity must be less than or equal to 1000",
        "99999999999999999999|Capacity must be less than or equal to 1000",
        "seven|Capacity is not a number",
        "7x|Capacity is not a number",
        "2.5|Capacity must be an integer",
        "''|Capacity can't be blank"})
    void badCapacitiesAreRefusedWithTheirMessage(String typed, String message) {
        ScheduleEditorViewModel vm = editor();
        vm.capacityProperty().set(typed);

        assertThat(vm.capacityField().message()).isEqualTo(message);
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(vm.estimateProperty().get()).isEqualTo("Backup space: enter how many backups to keep");
        assertThat(writes()).isZero();
    }

    @ParameterizedTest(name = "start \"{0}\" is not a time")
    @ValueSource(strings = {"25:00", "12:60", "noon", "12", "2026-02-30 10:00", "2026-12-01T10:00:00",
        "00:00 Mars/Olympus", "tomorrow 9am", "9.30"})
    void startTimesThatAreNotTimesAreRefused(String typed) {
        ScheduleEditorViewModel vm = editor();
        vm.startAtProperty().set(typed);

        assertThat(vm.startAtField().message()).isEqualTo("Start at is not a valid time (use HH:MM, RFC 3339 or"
                + " YYYY-MM-DD hh:mm:ss ZONE)");
        assertThat(vm.firstRunProperty().get()).isEmpty();
        assertThat(vm.submit()).isFalse();
        assertThat(writes()).isZero();
    }

    @Test
    void aBlankStartTimeIsRefused() {
        ScheduleEditorViewModel vm = editor();
        vm.startAtProperty().set(" ");

        assertThat(vm.startAtField().message()).isEqualTo("Start at can't be blank");
        assertThat(vm.submit()).isFalse();
    }

    @Test
    void theSimulatorRefusesTheSameInputInTheSameWords() {
        ScheduleEditorViewModel vm = editor();
        vm.presetProperty().set(SchedulePreset.CUSTOM);
        vm.intervalSecondsProperty().set("0");
        vm.capacityProperty().set("1001");
        vm.startAtProperty().set("25:00");

        assertThat(vm.intervalField().message()).isEqualTo(simulatorSays("25:00", 0, 1001, "interval_seconds"));
        assertThat(vm.capacityField().message()).isEqualTo(simulatorSays("25:00", 0, 1001, "capacity"));
        assertThat(vm.startAtField().message()).isEqualTo(simulatorSays("25:00", 0, 1001, "start_at"));
        assertThat(simulatorSays("00:00", -5, 0, "capacity")).isEqualTo("Capacity must be greater than 0");
    }

    @ParameterizedTest(name = "restore confirmed with \"{0}\" is refused")
    @ValueSource(strings = {"", "dat", "Data", "DATA", "data ", " data", "data\n", "root", "dаta"})
    void restoreWithTheWrongLabelIsRefused(String typed) {
        Backup backup = Backup.of(70, "data-backup-20261201000000", 51200L, "iceberg", "tail1-iceberg1", 1234L,
                data.id(), true);
        RestoreViewModel vm = new RestoreViewModel(w.changes, server, data, backup, ZoneId.of("Europe/London"));
        vm.confirmationProperty().set("x");
        vm.confirmationProperty().set(typed);

        assertThat(vm.confirmationProperty().get().equals("data")).isFalse();
        assertThat(vm.confirmationField().message()).isEqualTo(RestoreViewModel.WRONG_LABEL);
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(writes()).isZero();
    }

    @Test
    void restoreOfABackupStillInProgressIsRefusedWithTheServersReason() {
        Backup running = Backup.of(71, "data-backup-20261202085900", 51200L, "ssd", "tail1-ssd1", 1234L,
                data.id(), true);
        RestoreViewModel vm = new RestoreViewModel(w.changes, server, data, running, ZoneId.of("Europe/London"));
        vm.confirmationProperty().set("data");

        assertThat(vm.blockedReasonProperty().get()).isEqualTo("The backup data-backup-20261202085900 is still in"
                + " progress: wait until it is done.");
        assertThat(vm.submit()).isFalse();
    }

    @Test
    void aGoodScheduleIsSentExactlyAsShownWithALiveEstimate() {
        BackupSchedule other = new BackupSchedule(5L, "2026-01-01T02:30:00+00:00", 604800, 4);
        ScheduleEditorViewModel vm = new ScheduleEditorViewModel(w.changes, server, data, List.of(other), null, CLOCK);
        vm.presetProperty().set(SchedulePreset.CUSTOM);
        vm.intervalSecondsProperty().set("21600");
        vm.capacityProperty().set("10");

        assertThat(vm.intervalWordsProperty().get()).isEqualTo("= every 6 hours");
        assertThat(vm.firstRunProperty().get()).as("00:00 today, then every 6 hours: 12:00 is next after 09:00")
                .isEqualTo("First backup: Wed 2 Dec 2026 12:00 UK time");
        assertThat(vm.estimateProperty().get()).isEqualTo("Backup space: up to 50 GiB × (10 + 4) = 700 GiB,"
                + " with the disc's other schedule");
        assertThat(vm.spec()).isEqualTo(new BackupScheduleSpec("00:00", 21600, 10));
        assertThat(vm.zoneText()).isEqualTo("UK time (Europe/London, now GMT)");
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }

    @Test
    void presetsNeedNoInterval() {
        ScheduleEditorViewModel vm = editor();
        for (SchedulePreset p : List.of(SchedulePreset.HOURLY, SchedulePreset.DAILY, SchedulePreset.WEEKLY)) {
            vm.presetProperty().set(p);
            assertThat(vm.spec().intervalSeconds()).isEqualTo(p.seconds());
            assertThat(vm.intervalField().message()).isEmpty();
        }
    }
}
