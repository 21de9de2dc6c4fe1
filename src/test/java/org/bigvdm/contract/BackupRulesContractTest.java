package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.badRequest;

import java.util.List;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every bad schedule the simulator refuses, with the exact Rails-shaped 400 the schedule editor
 * shows from {@link BackupRules} before sending: through the app's client where it can send the
 * value, raw JSON where it cannot. Nothing may change.
 */
class BackupRulesContractTest {
    private static final String SCHEDULES = Contract.path(BUILD) + "/discs/root/backup_schedules";

    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);
    private List<Disc> discsBefore;

    @BeforeEach
    void rememberEstate() {
        discsBefore = c.state().allDiscs();
    }

    @AfterEach
    void estateUnchanged() {
        assertThat(c.state().allDiscs()).isEqualTo(discsBefore);
        assertThat(c.requireStateDisc(BUILD, "root").backupSchedules()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}: {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "00:00|0|7|interval_seconds|must be greater than 0",
            "00:00|-1|7|interval_seconds|must be greater than 0",
            "00:00|-86400|7|interval_seconds|must be greater than 0",
            "00:00|2147483648|7|interval_seconds|must be less than or equal to 2147483647",
            "00:00|86400|0|capacity|must be greater than 0",
            "00:00|86400|-3|capacity|must be greater than 0",
            "00:00|86400|1001|capacity|must be less than or equal to 1000",
            "00:00|86400|5000|capacity|must be less than or equal to 1000",
            "25:00|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "12:60|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "midnight|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "2026-02-30 00:00:00 UTC|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "2026-01-01T00:00:00|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "2026-01-01 00:00:00 Mars/Olympus|86400|7|start_at|" + BackupRules.NOT_A_TIME,
            "''|86400|7|start_at|can't be blank"})
    void badValuesTheClientCanSend(String startAt, long interval, long capacity, String field, String message) {
        badRequest(() -> c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec(startAt, interval, capacity)),
                field, message);
    }

    /** What a JSON body can carry that the client never sends: the exact body answered. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"start_at\": \"00:00\", \"interval_seconds\": \"daily\", \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"is not a number\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": 1.5, \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"must be an integer\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": true, \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"is not a number\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": {}, \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"is not a number\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": \"-60\", \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"must be greater than 0\"]}",
            "{\"start_at\": \"00:00\", \"capacity\": 7}|{\"interval_seconds\":[\"can't be blank\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": null, \"capacity\": 7}"
                    + "|{\"interval_seconds\":[\"can't be blank\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": \"seven\"}"
                    + "|{\"capacity\":[\"is not a number\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": 2.5}"
                    + "|{\"capacity\":[\"must be an integer\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": 86400, \"capacity\": [7]}"
                    + "|{\"capacity\":[\"is not a number\"]}",
            "{\"start_at\": \"00:00\", \"interval_seconds\": 86400}|{\"capacity\":[\"can't be blank\"]}",
            "{\"start_at\": 0, \"interval_seconds\": 86400, \"capacity\": 7}"
                    + "|{\"start_at\":[\"" + BackupRules.NOT_A_TIME + "\"]}",
            "{\"start_at\": true, \"interval_seconds\": 86400, \"capacity\": 7}"
                    + "|{\"start_at\":[\"" + BackupRules.NOT_A_TIME + "\"]}",
            "{\"interval_seconds\": 86400, \"capacity\": 7}|{\"start_at\":[\"can't be blank\"]}",
            "{}|{\"start_at\":[\"can't be blank\"],\"interval_seconds\":[\"can't be blank\"],"
                    + "\"capacity\":[\"can't be blank\"]}",
            "{\"start_at\": \"soon\", \"interval_seconds\": 0, \"capacity\": 1001}|{\"start_at\":[\""
                    + BackupRules.NOT_A_TIME + "\"],\"interval_seconds\":[\"must be greater than 0\"],"
                    + "\"capacity\":[\"must be less than or equal to 1000\"]}"})
    void badBodies(String body, String answer) {
        var refused = c.raw().post(SCHEDULES, body);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo(answer);
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() {
        for (String body : List.of("", "[]", "86400", "start_at=00:00")) {
            var refused = c.raw().post(SCHEDULES, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).isEqualTo("{\"body\":[\"is not a valid JSON object\"]}");
        }
    }

    /** The editor and the simulator agree: what BackupRules finds is exactly what comes back. */
    @Test
    void theSharedRulesPredictTheAnswer() {
        var refused = c.raw().post(SCHEDULES, "{\"start_at\": \"7pm\", \"interval_seconds\": \"1 day\", \"capacity\": 0}");
        assertThat(refused.statusCode()).isEqualTo(400);
        var predicted = BackupRules.scheduleProblems("7pm", "1 day", "0");
        assertThat(Contract.thrown(org.bigvdm.api.error.BadRequestException.class,
                () -> c.brain().addBackupSchedule(BUILD, "root", new BackupScheduleSpec("7pm", 0, 0))).fieldErrors())
                .containsEntry("start_at", predicted.get("start_at"))
                .containsEntry("capacity", predicted.get("capacity"));
    }
}
