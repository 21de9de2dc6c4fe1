package org.bigvdm.service.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Group;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.change.BackupChanges;
import org.bigvdm.service.change.MoveChanges;
import org.bigvdm.service.change.PowerChanges;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeRequest;
import org.bigvdm.service.change.DiscChanges;
import org.bigvdm.service.change.ServerTarget;
import org.junit.jupiter.api.Test;

/** Each write as the official bytemark command and the curl request, pinned word for word. */
class ChangeCommandsTest {
    private static final URI BRAIN = URI.create("https://uk0.bigv.io");
    private static final ServerTarget WEB1 = new ServerTarget(1, 2, 11, new VmRef("acme", "default", "web1"));
    private static final String AUTH = "curl -X %s -H \"Authorization: Bearer $BYTEMARK_TOKEN\"";
    private static final String VM = "https://uk0.bigv.io/accounts/acme/groups/default/virtual_machines/web1";

    private static Disc disc(String label) {
        return Disc.of(101, label, 25600, "sata", "tail1-sata1", 11L);
    }

    private static CopyCommands commands(ChangeRequest<?> request) {
        return ChangeCommands.of(request.change(), BRAIN).orElseThrow();
    }

    @Test
    void everyKindOfChangeHasItsCommands() {
        assertThat(Arrays.stream(ChangeKind.values()).filter(k -> !ChangeCommands.knows(k)))
                .as("ChangeKinds without a registration in ChangeCommands").isEmpty();
    }

    @Test
    void addingADisc() {
        CopyCommands c = commands(DiscChanges.create(WEB1, new DiscSpec("data", 25600, "sata")));
        assertThat(c.bytemark()).contains("bytemark add disc --disc data:sata:25G web1.default.acme");
        assertThat(c.curl()).isEqualTo(AUTH.formatted("POST") + " -H 'Content-Type: application/json'"
                + " -d '{\"label\":\"data\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
    }

    @Test
    void addingADiscWithoutALabelOrWithOddCharacters() {
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec(null, 51300, "ssd"))).bytemark())
                .contains("bytemark add disc --disc ssd:51300M web1.default.acme");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("it's", 25600, "sata"))).text()).isEqualTo(
                "bytemark add disc --disc 'it'\\''s:sata:25G' web1.default.acme\n" + AUTH.formatted("POST")
                        + " -H 'Content-Type: application/json'"
                        + " -d '{\"label\":\"it'\\''s\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("$HOME", 25600, "sata"))).bytemark())
                .contains("bytemark add disc --disc '$HOME:sata:25G' web1.default.acme");
        assertThat(commands(DiscChanges.create(WEB1, new DiscSpec("données", 25600, "sata"))).bytemark())
                .contains("bytemark add disc --disc 'données:sata:25G' web1.default.acme");
    }

    @Test
    void aLabelTheToolCannotTakeGivesOnlyTheRequest() {
        CopyCommands c = commands(DiscChanges.create(WEB1, new DiscSpec("my data", 25600, "sata")));
        assertThat(c.bytemark()).isEmpty();
        assertThat(c.text()).isEqualTo("# the bytemark tool cannot add a disc whose label has a space or a colon;"
                + " the request:\n" + AUTH.formatted("POST") + " -H 'Content-Type: application/json'"
                + " -d '{\"label\":\"my data\",\"size\":25600,\"storage_grade\":\"sata\"}' " + VM + "/discs");
    }

    @Test
    void resizing() {
        CopyCommands c = commands(DiscChanges.resize(WEB1, disc("root"), 51200));
        assertThat(c.text()).isEqualTo("bytemark update disc --server web1.default.acme --disc root --new-size 50G\n"
                + AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d '{\"size\":51200}' " + VM
                + "/discs/101");
        assertThat(commands(DiscChanges.resize(WEB1, disc("my \"big\" disc"), 51300)).bytemark()).contains(
                "bytemark update disc --server web1.default.acme --disc 'my \"big\" disc' --new-size 51300M");
    }

    @Test
    void relabellingHasNoToolCommand() {
        CopyCommands c = commands(DiscChanges.relabel(WEB1, disc("root"), "données $1"));
        assertThat(c.text()).isEqualTo("# the bytemark tool has no command to rename a disc; the request:\n"
                + AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d '{\"label\":\"données $1\"}' "
                + VM + "/discs/101");
    }

    @Test
    void purging() {
        CopyCommands c = commands(DiscChanges.purge(WEB1, disc("my disc")));
        assertThat(c.text()).isEqualTo("bytemark delete disc --server web1.default.acme --label 'my disc'\n"
                + AUTH.formatted("DELETE") + " '" + VM + "/discs/101?purge=true'");
    }

    @Test
    void namesThatNeedEncodingAreEncodedInThePathAndQuotedForTheTool() {
        ServerTarget odd = new ServerTarget(1, 2, 11, new VmRef("ac me", "default", "wéb"));
        Change change = DiscChanges.resize(odd, disc("root"), 51200).change();
        CopyCommands c = ChangeCommands.of(change, URI.create("http://127.0.0.1:8080/")).orElseThrow();
        assertThat(c.bytemark()).contains("bytemark update disc --server 'wéb.default.ac me' --disc root --new-size 50G");
        assertThat(c.curl()).endsWith(" http://127.0.0.1:8080/accounts/ac%20me/groups/default/virtual_machines/w%C3%A9b"
                + "/discs/101");
    }

    // --- the writes other issues added: backups, schedules, power, undelete, move ---

    private static final String DISC = VM + "/discs/101";
    private static final ServerEntry WEB1_ENTRY = new ServerEntry(new Account(1, "acme", false, List.of()),
            new Group(2, 1, "default", List.of()), EstateFixtures.vm(11, "web1", 2, true, false));
    private static final Backup NIGHTLY = Backup.of(7, "nightly 1", 25600L, "archive", "pool", null, 101L, false);

    private static String text(ChangeRequest<?> request) {
        return commands(request).text();
    }

    @Test
    void backupsAndSchedules() {
        assertThat(text(BackupChanges.takeBackup(WEB1, disc("root")))).isEqualTo(
                "bytemark backup disc web1.default.acme root\n" + AUTH.formatted("POST") + " " + DISC + "/backups");
        assertThat(text(BackupChanges.deleteBackup(WEB1, disc("root"), NIGHTLY))).isEqualTo(
                "bytemark delete backup web1.default.acme root 'nightly 1'\n" + AUTH.formatted("DELETE") + " '" + DISC
                        + "/backups/nightly%201?purge=true'");
        assertThat(text(BackupChanges.restore(WEB1, disc("root"), NIGHTLY))).isEqualTo(
                "bytemark restore backup web1.default.acme root 'nightly 1'\n" + AUTH.formatted("PUT")
                        + " -H 'Content-Type: application/json' -d '{\"restore\":true}' " + DISC + "/backups/nightly%201");
        assertThat(text(BackupChanges.addSchedule(WEB1, disc("root"), new BackupScheduleSpec("00:00", 86400, 7))))
                .isEqualTo("# the bytemark tool cannot set a schedule's capacity; the request:\n" + AUTH.formatted("POST")
                        + " -H 'Content-Type: application/json'"
                        + " -d '{\"start_at\":\"00:00\",\"interval_seconds\":86400,\"capacity\":7}' " + DISC
                        + "/backup_schedules");
        assertThat(text(BackupChanges.removeSchedule(WEB1, disc("root"), new BackupSchedule(12L, "00:00", 86400, 7))))
                .isEqualTo("bytemark unschedule backups web1.default.acme root 12\n" + AUTH.formatted("DELETE") + " "
                        + DISC + "/backup_schedules/12");
    }

    @Test
    void powerAndUndelete() {
        String put = AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d ";
        assertThat(text(PowerChanges.start(WEB1_ENTRY))).isEqualTo("bytemark start server web1.default.acme\n" + put
                + "'{\"power_on\":true,\"autoreboot_on\":true}' " + VM);
        assertThat(text(PowerChanges.stop(WEB1_ENTRY))).isEqualTo("bytemark stop server web1.default.acme\n" + put
                + "'{\"power_on\":false,\"autoreboot_on\":false}' " + VM);
        assertThat(text(PowerChanges.shutdown(WEB1_ENTRY))).isEqualTo("bytemark shutdown server web1.default.acme\n"
                + put + "'{\"autoreboot_on\":false}' " + VM + "\n" + AUTH.formatted("POST")
                + " -H 'Content-Type: application/json' -d '{\"signal\":\"powerdown\"}' " + VM + "/signal");
        assertThat(text(PowerChanges.startAfterShutdown(WEB1_ENTRY))).startsWith(
                "bytemark restart server web1.default.acme\n" + put);
        assertThat(text(PowerChanges.reset(WEB1_ENTRY))).isEqualTo("bytemark reset server web1.default.acme\n"
                + AUTH.formatted("POST") + " -H 'Content-Type: application/json' -d '{\"signal\":\"reset\"}' " + VM
                + "/signal");
        assertThat(text(PowerChanges.undelete(WEB1_ENTRY))).isEqualTo("bytemark restore server web1.default.acme\n"
                + put + "'{\"deleted\":false}' " + VM);
    }

    @Test
    void movingADisc() {
        Disc root = Disc.of(101, "my disc", 25600, "sata", "tail1-sata1", 11L);
        ServerEntry from = new ServerEntry(WEB1_ENTRY.account(), WEB1_ENTRY.group(),
                EstateFixtures.vm(11, "web1", 2, false, false, root));
        ServerEntry to = new ServerEntry(WEB1_ENTRY.account(), WEB1_ENTRY.group(),
                EstateFixtures.vm(12, "db1", 2, false, false));
        assertThat(text(MoveChanges.move(from, root, to))).isEqualTo(
                "bytemark update disc --server web1.default.acme --disc 'my disc' --new-server db1.default.acme\n"
                        + AUTH.formatted("PUT") + " -H 'Content-Type: application/json' -d '{\"virtual_machine_id\":12}' "
                        + DISC);
    }
}
