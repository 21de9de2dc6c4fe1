package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.vnd;
import static org.bigvdm.testutil.WireFixtures.text;

import com.fasterxml.jackson.databind.JavaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.Definition;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Json;
import org.bigvdm.api.model.NetworkInterface;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.SessionInfo;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.testutil.WireFixtures;
import org.bigvdm.testutil.WireTypes;
import org.bigvdm.testutil.WireTypes.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real service's answers as public sources show them (src/test/resources/wire, sources in
 * SOURCES.md) parse with the app's own mapper and through the client into the right records.
 */
class PublicAnswersTest {
    private static final VmRef VM = new VmRef("myaccountname", "default", "www1");

    /** Every fixture: what it is read as, and which kind of the wire-types table it holds. */
    private static final Map<String, Object[]> FIXTURES = new LinkedHashMap<>();

    static {
        read("docs-accounts.json", list(Account.class), Kind.ACCOUNT);
        read("docs-account.json", type(Account.class), Kind.ACCOUNT);
        read("docs-account-overview.json", list(Account.class), Kind.ACCOUNT);
        read("docs-groups.json", list(Group.class), Kind.GROUP);
        read("docs-group.json", type(Group.class), Kind.GROUP);
        read("docs-virtual-machines.json", list(VirtualMachine.class), Kind.VIRTUAL_MACHINE);
        read("docs-virtual-machine.json", type(VirtualMachine.class), Kind.VIRTUAL_MACHINE);
        read("docs-discs.json", list(Disc.class), Kind.DISC);
        read("docs-disc.json", type(Disc.class), Kind.DISC);
        read("docs-nics.json", list(NetworkInterface.class), Kind.NETWORK_INTERFACE);
        read("docs-privileges.json", list(Privilege.class), Kind.PRIVILEGE);
        read("client-definitions.json", list(Definition.class), Kind.DEFINITION);
        read("client-virtual-machine.json", type(VirtualMachine.class), Kind.VIRTUAL_MACHINE);
        read("client-discs.json", list(Disc.class), Kind.DISC);
        read("client-servers-on-head.json", list(VirtualMachine.class), Kind.VIRTUAL_MACHINE);
        read("client-backup.json", type(Backup.class), Kind.BACKUP);
        read("client-backups.json", list(Backup.class), Kind.BACKUP);
        read("client-backup-schedule.json", type(BackupSchedule.class), Kind.BACKUP_SCHEDULE);
        read("client-session.json", type(SessionInfo.class), Kind.SESSION);
        read("shape-only-disc-migrating.json", type(Disc.class), Kind.DISC);
        read("shape-only-disc-backups.json", type(Disc.class), Kind.DISC);
    }

    @StartStop
    final MockWebServer server = new MockWebServer();
    private HttpBrainClient client;

    @BeforeEach
    void setUp() {
        client = Wire.client(server);
    }

    @Test
    void everyFixtureParsesWithTheAppsMapperAndHasTheTypesOfTheTable() throws Exception {
        assertThat(WireFixtures.all()).as("every fixture is checked here").containsExactlyInAnyOrderElementsOf(FIXTURES.keySet());
        String sources = text("SOURCES.md");
        for (var e : FIXTURES.entrySet()) {
            String name = e.getKey();
            assertThat(sources).as("SOURCES.md names where %s comes from", name).contains("`" + name + "`");
            Object value = Json.mapper().readValue(text(name), (JavaType) e.getValue()[0]);
            assertThat(value).as(name).isNotNull();
            assertThat(WireTypes.problems(WireFixtures.tree(name), (Kind) e.getValue()[1], true))
                    .as("%s against the wire-types table", name).isEmpty();
        }
    }

    @Test
    void theDocumentedOverviewIsOneAccountWithAPoweredOffServerWithoutHead() {
        server.enqueue(vnd("account", text("docs-account-overview.json")));
        List<Account> accounts = client.overview(); // the docs print one object where a list is due

        Account account = accounts.get(0);
        assertThat(account).extracting(Account::id, Account::name, Account::suspended)
                .containsExactly(1L, "myaccountname", false);
        Group group = account.groups().get(0);
        assertThat(group).extracting(Group::id, Group::accountId, Group::name).containsExactly(123L, 1L, "default");
        VirtualMachine vm = group.virtualMachines().get(0);
        assertThat(vm).extracting(VirtualMachine::id, VirtualMachine::name, VirtualMachine::powerOn,
                        VirtualMachine::head, VirtualMachine::hardwareProfileLocked, VirtualMachine::managementAddress)
                .containsExactly(1234L, "myhostname", false, null, false, "213.123.123.123");
        assertThat(vm.discs()).containsExactly(Disc.of(1234, "vda", 25600, "sata", "tail1-sata1", 1234L));
        NetworkInterface nic = vm.networkInterfaces().get(0);
        assertThat(nic.label()).isNull();
        assertThat(nic.ips()).containsExactly("213.123.123.123", "2001:ffff:ff:ffff:ffff:ff:fe00:fff");
        assertThat(nic.extraIps()).isEmpty();
    }

    @Test
    void aRunningServerNamesItsHostAsAString() {
        server.enqueue(json(text("docs-virtual-machines.json")));
        server.enqueue(vnd("virtual-machine", text("docs-virtual-machine.json")));
        server.enqueue(json(text("client-virtual-machine.json")));

        assertThat(client.virtualMachines("myaccount", "default", false))
                .singleElement().extracting(VirtualMachine::head).isEqualTo("head212");
        assertThat(client.virtualMachine(VM).head()).as("a list of one, as the docs print it").isEqualTo("head212");
        VirtualMachine example = client.virtualMachine(99999);
        assertThat(example.head()).isEqualTo("head99");
        assertThat(example.discs()).extracting(Disc::label).containsExactly("vda", "vdb", "vdc");
        assertThat(example.totalDiscMib()).isEqualTo(35840 + 666666 + 333333);
        assertThat(example.networkInterfaces().get(0).extraIps()).containsEntry("192.168.99.2", "192.168.99.1");
        assertThat(example.networkInterfaces().get(0).vlanNum()).isEqualTo(999);
    }

    @Test
    void serversWithOnlyAFewFieldsStillRead() throws Exception {
        List<VirtualMachine> vms = Json.mapper().readValue(text("client-servers-on-head.json"), list(VirtualMachine.class));
        assertThat(vms).singleElement().satisfies(vm -> {
            assertThat(vm.head()).isEqualTo("test_head");
            assertThat(vm.discs()).isEmpty();
            assertThat(vm.zoneName()).isNull();
        });
    }

    @Test
    void discsAsTheDocsAndTheOfficialClientShowThem() {
        server.enqueue(json(text("docs-discs.json")));
        server.enqueue(vnd("disc", text("docs-disc.json")));
        server.enqueue(json(200, text("client-discs.json"), "application/vnd.bigv.disc+json; charset=utf-8"));
        assertThat(client.discs(VM)).containsExactly(Disc.of(1111, "vda", 25600, "sata", "tail1-sata1", 1234L));
        assertThat(client.disc(VM, "vda").migrating()).isFalse();
        assertThat(client.allDiscs()).extracting(Disc::id).containsExactly(99994L, 99995L, 99993L);
    }

    @Test
    void aDiscMidMigrationHasWholeNumberFigures() throws Exception {
        Disc d = Json.mapper().readValue(text("shape-only-disc-migrating.json"), Disc.class);
        assertThat(d.migrating()).isTrue();
        assertThat(d).extracting(Disc::newStorageGrade, Disc::newStoragePool, Disc::migrationProgress,
                        Disc::migrationEta, Disc::migrationSpeed, Disc::backupsEnabled, Disc::backupCount)
                .containsExactly("archive", "tail2-archive1", 42, 3600, 104, false, 0);
    }

    @Test
    void fractionalMigrationFiguresAreReadNotRefused() throws Exception {
        Disc d = Json.mapper().readValue("{\"id\": 1, \"label\": \"a\", \"size\": 1024, \"migration_progress\": 42.5,"
                + " \"migration_eta\": 3600.0, \"migration_speed\": 104.8}", Disc.class);
        assertThat(d).extracting(Disc::migrationProgress, Disc::migrationEta, Disc::migrationSpeed)
                .containsExactly(42, 3600, 104);
    }

    @Test
    void backupFieldsAndSchedulesOfADisc() throws Exception {
        Disc d = Json.mapper().readValue(text("shape-only-disc-backups.json"), Disc.class);
        assertThat(d.backupsEnabled()).isTrue();
        assertThat(d.backupCount()).isEqualTo(3);
        assertThat(d.backupSchedules()).containsExactly(new BackupSchedule(9L, "00:00", 86400, 7));
        assertThat(Json.mapper().readValue(text("docs-disc.json"), Disc.class).backupSchedules()).isEmpty();
    }

    @Test
    void backupsAndAScheduleAsTheOfficialClientsTestsShowThem() throws Exception {
        Backup made = Json.mapper().readValue(text("client-backup.json"), Backup.class);
        assertThat(made).isEqualTo(Backup.of(506, "philtesting-backup-20161122134250", 50L, "sata", "t5-sata1", 9L,
                503L, true));
        assertThat(made.inProgress()).as("not on iceberg yet").isTrue();
        List<Backup> listed = Json.mapper().readValue(text("client-backups.json"), list(Backup.class));
        assertThat(listed).extracting(Backup::id, Backup::label, Backup::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(509L, "backup-509", null),
                        org.assertj.core.groups.Tuple.tuple(533L, "backup-533", null));
        BackupSchedule schedule = Json.mapper().readValue(text("client-backup-schedule.json"), BackupSchedule.class);
        assertThat(schedule).as("start_date is read as start_at")
                .isEqualTo(new BackupSchedule(9L, "2017-02-06T11:29:35+00:00", 3540, null));
        assertThat(Json.mapper().writeValueAsString(schedule)).contains("\"start_at\"").doesNotContain("start_date");
    }

    @Test
    void privilegesAsTheDocsShowThem() throws Exception {
        List<Privilege> privileges = Json.mapper().readValue(text("docs-privileges.json"), list(Privilege.class));
        assertThat(privileges).containsExactly(
                new Privilege(1L, 1L, null, null, null, "myusername", null, null, null, Privilege.ACCOUNT_ADMIN),
                new Privilege(5273L, 2L, null, null, null, "myusername", null, null, null, Privilege.ACCOUNT_ADMIN));
    }

    @Test
    void groupsAndAccountsAsTheDocsShowThem() {
        server.enqueue(json(text("docs-groups.json")));
        server.enqueue(json(text("docs-group.json")));
        server.enqueue(json(text("docs-account.json")));
        assertThat(client.groups("myaccountname")).containsExactly(new Group(1, 1, "default", List.of()));
        assertThat(client.group("myaccountname", "1").virtualMachines()).isEmpty();
        assertThat(client.account("1")).isEqualTo(new Account(1, "myaccountname", false, List.of()));
    }

    @Test
    void definitionsOfTheOfficialClientsTests() {
        server.enqueue(json(text("client-definitions.json")));
        Definitions defs = client.definitions();
        assertThat(defs.storageGrades()).containsExactly("sata", "ssd", "archive");
        assertThat(defs.describe("ssd")).isEqualTo("Premium SSD");
        assertThat(defs.zoneNames()).containsExactly("manchester", "york");
    }

    @Test
    void theSessionOfTheOfficialClientsFakeAuthService() throws Exception {
        SessionInfo info = Json.mapper().readValue(text("client-session.json"), SessionInfo.class);
        assertThat(info.username()).isEqualTo("account");
        assertThat(info.factors()).isEmpty();
        assertThat(info.groupMemberships()).isEmpty();
    }

    private static void read(String name, JavaType as, Kind kind) {
        FIXTURES.put(name, new Object[] {as, kind});
    }

    private static JavaType type(Class<?> c) {
        return Json.mapper().constructType(c);
    }

    private static JavaType list(Class<?> c) {
        return Json.mapper().getTypeFactory().constructCollectionType(List.class, c);
    }
}
