package org.bigvdm.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.ui.dialogs.Servers;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.Test;

/** The backup dialogs get "Copy as command" through the same DialogForm hook as the disc dialogs. */
class BackupCopyCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void replacingAScheduleCopiesBothRequestsInOrderAndSendsNothing() {
        FakeEstateApi api = new FakeEstateApi();
        var runner = ImmediateTaskRunner.create();
        AccessRights access = new AccessRights();
        ChangeService changes = Servers.changes(TestSessions.on(api, access, runner), access, runner);
        BackupSchedule nightly = new BackupSchedule(12L, "00:00", 86400, 7);
        ScheduleEditorViewModel vm = new ScheduleEditorViewModel(changes, Servers.web1(), Servers.DATA,
                List.of(nightly), nightly, CLOCK);
        vm.capacityProperty().set("14");

        assertThat(vm.offersCommand()).isTrue();
        assertThat(vm.commandToCopy()).hasValueSatisfying(text -> assertThat(text.lines())
                .first().asString().startsWith("bytemark unschedule backups web1.default.acme data 12"));
        assertThat(vm.commandToCopy().orElseThrow())
                .contains("# the bytemark tool cannot set a schedule's capacity")
                .contains("\"capacity\":14").doesNotContain("test-token");
        assertThat(api.calls).as("copying sends nothing").isEmpty();
    }
}
