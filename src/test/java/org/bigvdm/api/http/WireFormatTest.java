package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.api.http.Wire.fixture;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.vnd;

import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.NetworkInterface;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recorded answers (src/test/resources/wire) parse through the client into the right records. */
class WireFormatTest {
    private static final VmRef VM = new VmRef("acme", "default", "web1");

    @StartStop
    final MockWebServer server = new MockWebServer();
    private HttpBrainClient client;

    @BeforeEach
    void setUp() {
        client = Wire.client(server);
    }

    @Test
    void overviewNestsAccountsGroupsServersDiscsAndInterfaces() {
        server.enqueue(vnd("account", fixture("overview.json")));
        List<Account> accounts = client.overview();

        assertThat(accounts).extracting(Account::name).containsExactly("acme", "acme-test");
        assertThat(accounts.get(1).suspended()).isTrue();
        Account acme = accounts.get(0);
        assertThat(acme.groups()).extracting(Group::name).containsExactly("default", "backup servers");
        Group dflt = acme.groups().get(0);
        assertThat(dflt.accountId()).isEqualTo(4242);

        VirtualMachine web1 = dflt.virtualMachines().get(0);
        assertThat(web1).extracting(VirtualMachine::id, VirtualMachine::name, VirtualMachine::groupId,
                        VirtualMachine::cores, VirtualMachine::memory, VirtualMachine::powerOn,
                        VirtualMachine::autorebootOn, VirtualMachine::deleted, VirtualMachine::hostname,
                        VirtualMachine::zoneName, VirtualMachine::keymap, VirtualMachine::cdromUrl)
                .containsExactly(1234L, "web1", 10L, 2, 4096L, true, true, false,
                        "web1.default.acme.uk0.bigv.io", "york", null, null);
        assertThat(web1.discs()).containsExactly(
                new Disc(1111, "root", 25600, "sata", "tail1-sata1", 1234L, true, 3, null, null, null, null, null),
                Disc.of(1112, "vda", 10240, "ssd", "t4-ssd2", 1234L));
        assertThat(web1.totalDiscMib()).isEqualTo(35840);

        NetworkInterface nic = web1.networkInterfaces().get(0);
        assertThat(nic.label()).isNull();
        assertThat(nic.mac()).isEqualTo("fe:ff:00:00:12:34");
        assertThat(nic.vlanNum()).isEqualTo(1);
        assertThat(nic.ips()).containsExactly("213.138.101.20", "2001:41c9:1:41f::20");
        assertThat(nic.extraIps()).isEmpty();
        assertThat(nic.virtualMachineId()).isEqualTo(1234L);

        VirtualMachine deleted = dflt.virtualMachines().get(1);
        assertThat(deleted.deleted()).isTrue();
        assertThat(deleted.head()).isFalse();
        assertThat(deleted.discs()).isEmpty();

        VirtualMachine vault = acme.groups().get(1).virtualMachines().get(0);
        assertThat(vault.keymap()).isEqualTo("en-gb");
        assertThat(vault.discs().get(0).migrating()).isTrue();
        NetworkInterface eth0 = vault.networkInterfaces().get(0);
        assertThat(eth0.vlanNum()).isNull();
        assertThat(eth0.extraIps()).isEqualTo(Map.of("213.138.101.99", "213.138.101.21"));
        assertThat(accounts.get(1).groups().get(0).virtualMachines()).isEmpty();
    }

    @Test
    void theContractsExampleDisc() {
        server.enqueue(vnd("disc", fixture("disc-example.json")));
        assertThat(client.disc(VM, "root"))
                .isEqualTo(Disc.of(1111, "root", 25600, "sata", "tail1-sata1", 1234L))
                .extracting(Disc::migrating).isEqualTo(false);
    }

    @Test
    void aDiscMidMigration() {
        server.enqueue(json(fixture("disc-migrating.json")));
        Disc d = client.discById(2001);
        assertThat(d.migrating()).isTrue();
        assertThat(d.storageGrade()).isEqualTo("sata");
        assertThat(d.newStorageGrade()).isEqualTo("archive");
        assertThat(d.newStoragePool()).isEqualTo("tail2-archive1");
        assertThat(d.migrationProgress()).isEqualTo(42.5);
        assertThat(d.migrationEta()).isEqualTo(3600.0);
        assertThat(d.migrationSpeed()).isEqualTo(104.8);
        assertThat(d.backupsEnabled()).isFalse();
        assertThat(d.backupCount()).isZero();
    }

    @Test
    void aSingleServerWithNullsAndTypeFields() {
        server.enqueue(vnd("virtual-machine", fixture("virtual-machine.json")));
        VirtualMachine vm = client.virtualMachine(VM);
        assertThat(vm.powerOn()).isFalse();
        assertThat(vm.keymap()).isNull();
        assertThat(vm.lastImagedWith()).isEqualTo("stretch");
        assertThat(vm.discs()).containsExactly(Disc.of(1111, "root", 25600, "sata", "tail1-sata1", 1234L));
        assertThat(vm.networkInterfaces()).singleElement().extracting(NetworkInterface::label).isNull();
    }

    @Test
    void definitionsKeepGradesDescriptionsAndZonesAndIgnoreTheRest() {
        server.enqueue(json(fixture("definitions.json")));
        Definitions defs = client.definitions();
        assertThat(defs.storageGrades()).containsExactly("sata", "ssd", "archive");
        assertThat(defs.storageGradeDescriptions()).containsExactly(
                Map.entry("sata", "Standard SSD"), Map.entry("ssd", "Premium SSD"), Map.entry("archive", "Archive storage"));
        assertThat(defs.zoneNames()).containsExactly("york", "manchester");
        assertThat(defs.describe("ssd")).isEqualTo("Premium SSD");
    }

    @Test
    void vendorContentTypeWithCharsetIsAccepted() {
        server.enqueue(json(200, fixture("disc-list.json"), "application/vnd.bigv.disc+json; charset=utf-8"));
        assertThat(client.allDiscs()).extracting(Disc::id).containsExactly(1111L, 1113L);
    }
}
