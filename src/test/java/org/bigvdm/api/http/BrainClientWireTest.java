package org.bigvdm.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bigvdm.api.http.Wire.TOKEN;
import static org.bigvdm.api.http.Wire.assertJsonBody;
import static org.bigvdm.api.http.Wire.assertStandardHeaders;
import static org.bigvdm.api.http.Wire.assertTarget;
import static org.bigvdm.api.http.Wire.empty;
import static org.bigvdm.api.http.Wire.text;
import static org.bigvdm.api.http.Wire.fixture;
import static org.bigvdm.api.http.Wire.json;
import static org.bigvdm.api.http.Wire.take;
import static org.bigvdm.api.http.Wire.vnd;

import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.bigvdm.api.PowerState;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VmRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins method, path, query, headers and body of every BrainApi call. */
class BrainClientWireTest {
    private static final VmRef VM = new VmRef("acme", "default", "web1");
    private static final String VM_PATH = "/accounts/acme/groups/default/virtual_machines/web1";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicReference<String> token = new AtomicReference<>(TOKEN);
    private HttpBrainClient client;

    @BeforeEach
    void setUp() {
        client = new HttpBrainClient(Wire.config(server), token::get);
    }

    private RecordedRequest read(String target) {
        RecordedRequest r = take(server);
        assertTarget(r, "GET", target);
        assertStandardHeaders(r, TOKEN);
        assertThat(r.getHeaders().get("Content-Type")).isNull();
        assertThat(r.getBodySize()).isZero();
        return r;
    }

    private RecordedRequest written(String method, String target, String body) {
        RecordedRequest r = take(server);
        assertTarget(r, method, target);
        assertStandardHeaders(r, TOKEN);
        assertJsonBody(r, body);
        return r;
    }

    @Test
    void overviewAsksForEverythingIncludingDeleted() {
        server.enqueue(vnd("account", "[" + fixture("docs-account-overview.json") + "]"));
        assertThat(client.overview()).hasSize(1);
        read("/accounts?view=overview&include_deleted=true");
    }

    @Test
    void oneAccount() {
        server.enqueue(json("{\"id\": 4242, \"name\": \"acme\", \"suspended\": false}"));
        assertThat(client.account("acme").id()).isEqualTo(4242);
        read("/accounts/acme?view=overview&include_deleted=true");
    }

    @Test
    void groupsAndOneGroup() {
        server.enqueue(json(fixture("docs-groups.json")));
        server.enqueue(vnd("group", fixture("docs-group.json")));
        assertThat(client.groups("acme")).singleElement().extracting(g -> g.name()).isEqualTo("default");
        assertThat(client.group("acme", "default").accountId()).isEqualTo(1);
        read("/accounts/acme/groups");
        read("/accounts/acme/groups/default?view=overview");
    }

    @Test
    void virtualMachinesWithAndWithoutDeleted() {
        server.enqueue(json(fixture("docs-virtual-machines.json")));
        server.enqueue(json("[]"));
        assertThat(client.virtualMachines("acme", "default", true)).hasSize(1);
        assertThat(client.virtualMachines("acme", "default", false)).isEmpty();
        read("/accounts/acme/groups/default/virtual_machines?include_deleted=true");
        read("/accounts/acme/groups/default/virtual_machines");
    }

    @Test
    void oneVirtualMachineByPathAndById() {
        server.enqueue(vnd("virtual-machine", fixture("client-virtual-machine.json")));
        server.enqueue(json(fixture("client-virtual-machine.json")));
        assertThat(client.virtualMachine(VM).name()).isEqualTo("example");
        assertThat(client.virtualMachine(1234L).id()).isEqualTo(99999);
        read(VM_PATH + "?view=overview");
        read("/virtual_machines/1234");
    }

    @Test
    void powerCallsSendTheContractBodies() {
        server.enqueue(json(fixture("client-virtual-machine.json")));
        server.enqueue(empty(204));
        server.enqueue(empty(202));
        client.start(VM);
        client.stop(VM);
        client.restart(VM);
        written("PUT", VM_PATH, "{\"power_on\": true, \"autoreboot_on\": true}");
        written("PUT", VM_PATH, "{\"power_on\": false, \"autoreboot_on\": false}");
        written("PUT", VM_PATH, "{\"power_on\": false, \"autoreboot_on\": true}");
    }

    @Test
    void signalPowerdownTurnsOffAutorebootThenSignals() {
        server.enqueue(json(fixture("client-virtual-machine.json")));
        server.enqueue(empty(200));
        client.signalPowerdown(VM);
        written("PUT", VM_PATH, "{\"autoreboot_on\": false}");
        written("POST", VM_PATH + "/signal", "{\"signal\": \"powerdown\"}");
    }

    @Test
    void signalResetSendsOnlyTheResetSignal() {
        server.enqueue(empty(200));
        client.signalReset(VM);
        written("POST", VM_PATH + "/signal", "{\"signal\": \"reset\"}");
        assertThat(server.getRequestCount()).as("no autoreboot change before a reset").isEqualTo(1);
    }

    @Test
    void undeleteSendsDeletedFalse() {
        server.enqueue(json(fixture("client-virtual-machine.json")));
        server.enqueue(empty(204));
        client.undelete(VM);
        client.undelete(VM);
        written("PUT", VM_PATH, "{\"deleted\": false}");
        written("PUT", VM_PATH, "{\"deleted\": false}");
    }

    /** The official client's read of one server: deleted ones answer too. */
    @Test
    void powerStateReadsTheServerIncludingDeletedOnes() {
        server.enqueue(vnd("virtual-machine", fixture("client-virtual-machine.json")));
        assertThat(client.powerState(VM)).isEqualTo(new PowerState(true, true, false));
        read(VM_PATH + "?include_deleted=true&view=overview");
    }

    @Test
    void listAndReadDiscs() {
        server.enqueue(json(fixture("client-discs.json")));
        server.enqueue(vnd("disc", fixture("docs-disc.json")));
        assertThat(client.discs(VM)).extracting(Disc::label).containsExactly("vda", "vdb", "vdc");
        assertThat(client.disc(VM, "root").id()).isEqualTo(1111);
        read(VM_PATH + "/discs");
        read(VM_PATH + "/discs/root");
    }

    @Test
    void createDiscSendsTheSpec() {
        server.enqueue(json(201, fixture("docs-disc.json"), "application/vnd.bigv.disc+json"));
        Disc d = client.createDisc(VM, new DiscSpec("backups", 10240, "archive"));
        assertThat(d.id()).isEqualTo(1111);
        written("POST", VM_PATH + "/discs", "{\"label\": \"backups\", \"size\": 10240, \"storage_grade\": \"archive\"}");
    }

    @Test
    void createDiscOmitsNullLabelAndGrade() {
        server.enqueue(json(200, fixture("docs-disc.json"), "application/json"));
        client.createDisc(VM, new DiscSpec(null, 20480, null));
        written("POST", VM_PATH + "/discs", "{\"size\": 20480}");
    }

    @Test
    void createDiscWithEmptyAnswerReadsTheDiscByLabel() {
        server.enqueue(empty(201));
        server.enqueue(json(fixture("docs-disc.json")));
        assertThat(client.createDisc(VM, new DiscSpec("root", 25600, "sata")).id()).isEqualTo(1111);
        written("POST", VM_PATH + "/discs", "{\"label\": \"root\", \"size\": 25600, \"storage_grade\": \"sata\"}");
        read(VM_PATH + "/discs/root");
    }

    @Test
    void createDiscWithEmptyAnswerAndNoLabelPicksTheNewestDisc() {
        server.enqueue(empty(204));
        server.enqueue(json(fixture("client-discs.json")));
        assertThat(client.createDisc(VM, new DiscSpec(null, 10240, null)).label()).isEqualTo("vdb");
        take(server);
        read(VM_PATH + "/discs");
    }

    @Test
    void anAcceptedWriteWhoseReadBackFailsSaysTheChangeHappened() {
        server.enqueue(empty(201));
        server.enqueue(text(503, "maintenance"));
        assertThatThrownBy(() -> client.createDisc(VM, new DiscSpec("root", 25600, "sata")))
                .isInstanceOfSatisfying(org.bigvdm.api.error.UnconfirmedWriteException.class, e -> {
                    assertThat(e.outcomeUnknown()).as("the create happened: never send it again").isTrue();
                    assertThat(e.getMessage()).startsWith("The change was accepted, but reading it back failed");
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void resizeSendsOnlyTheSize() {
        server.enqueue(json(fixture("docs-disc.json")));
        assertThat(client.resizeDisc(VM, "root", 51200).id()).isEqualTo(1111);
        written("PUT", VM_PATH + "/discs/root", "{\"size\": 51200}");
    }

    @Test
    void resizeWithEmptyAnswerReadsTheDiscAgain() {
        server.enqueue(empty(204));
        server.enqueue(json(fixture("docs-disc.json")));
        assertThat(client.resizeDisc(VM, "root", 51200).id()).isEqualTo(1111);
        written("PUT", VM_PATH + "/discs/root", "{\"size\": 51200}");
        read(VM_PATH + "/discs/root");
    }

    @Test
    void relabelSendsOnlyTheLabelAndRereadsUnderTheNewOne() {
        server.enqueue(json(fixture("docs-disc.json")));
        server.enqueue(empty(200));
        server.enqueue(json(fixture("docs-disc.json")));
        client.relabelDisc(VM, "data", "root");
        client.relabelDisc(VM, "1111", "root");
        written("PUT", VM_PATH + "/discs/data", "{\"label\": \"root\"}");
        written("PUT", VM_PATH + "/discs/1111", "{\"label\": \"root\"}");
        read(VM_PATH + "/discs/root");
    }

    @Test
    void nonAsciiLabelsTravelAsUtf8() {
        server.enqueue(json(fixture("docs-disc.json")));
        client.relabelDisc(VM, "données", "sauvegarde-été");
        RecordedRequest r = take(server);
        assertThat(r.getTarget()).isEqualTo(VM_PATH + "/discs/donn%C3%A9es");
        assertJsonBody(r, "{\"label\": \"sauvegarde-été\"}");
    }

    @Test
    void moveSendsOnlyTheTargetVm() {
        server.enqueue(json(fixture("docs-disc.json")));
        client.moveDisc(VM, "root", 1400);
        written("PUT", VM_PATH + "/discs/root", "{\"virtual_machine_id\": 1400}");
    }

    @Test
    void moveWithEmptyAnswerFindsTheDiscOnItsNewServer() {
        server.enqueue(empty(204));
        server.enqueue(json(fixture("client-discs.json")));
        server.enqueue(empty(204));
        server.enqueue(json(fixture("docs-disc.json")));
        assertThat(client.moveDisc(VM, "vdb", 99999).id()).isEqualTo(99995);
        assertThat(client.moveDisc(VM, "1111", 1234).id()).isEqualTo(1111);
        take(server);
        read("/discs?vm_id=99999");
        take(server);
        read("/discs/1111");
    }

    @Test
    void purgeAlwaysSaysPurgeAndSendsNoBody() {
        server.enqueue(empty(204));
        server.enqueue(empty(200));
        client.purgeDisc(VM, "root");
        client.purgeDiscById(1111);
        for (String target : new String[] {VM_PATH + "/discs/root?purge=true", "/discs/1111?purge=true"}) {
            RecordedRequest r = take(server);
            assertTarget(r, "DELETE", target);
            assertStandardHeaders(r, TOKEN);
            assertThat(r.getBodySize()).isZero();
        }
    }

    @Test
    void nonNestedDiscReads() {
        server.enqueue(json(fixture("client-discs.json")));
        server.enqueue(json(fixture("client-discs.json")));
        server.enqueue(json(fixture("shape-only-disc-migrating.json")));
        assertThat(client.allDiscs()).hasSize(3);
        assertThat(client.discsOfVm(1234)).hasSize(3);
        assertThat(client.discById(2001).migrating()).isTrue();
        read("/discs");
        read("/discs?vm_id=1234");
        read("/discs/2001");
    }

    @Test
    void definitionsAreFetchedWithoutAToken() {
        server.enqueue(vnd("definitions", fixture("client-definitions.json")));
        assertThat(client.definitions().storageGrades()).containsExactly("sata", "ssd", "archive");
        RecordedRequest r = take(server);
        assertTarget(r, "GET", "/definitions");
        assertStandardHeaders(r, null);
    }

    @Test
    void privilegesOfAUser() {
        server.enqueue(json(fixture("docs-privileges.json")));
        assertThat(client.privileges("my user")).extracting(p -> p.level()).containsOnly("account_admin");
        read("/users/my%20user/privileges");
    }

    @Test
    void noAuthorizationHeaderWhenSignedOut() {
        token.set(null);
        server.enqueue(json("[]"));
        client.overview();
        assertStandardHeaders(take(server), null);
    }

    @Test
    void eachRequestUsesTheCurrentToken() {
        server.enqueue(json("[]"));
        server.enqueue(json("[]"));
        client.allDiscs();
        token.set("apikey.abc123");
        client.allDiscs();
        assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(take(server).getHeaders().get("Authorization")).isEqualTo("Bearer apikey.abc123");
    }

    @Test
    void aTokenReadFromAFileLosesItsNewline() {
        token.set(TOKEN + "\n");
        server.enqueue(json("[]"));
        client.allDiscs();
        assertStandardHeaders(take(server), TOKEN);
    }

    @Test
    void aDamagedTokenIsRefusedWithoutQuotingIt() {
        token.set("abc\u0000def");
        assertThatThrownBy(client::allDiscs)
                .isInstanceOf(org.bigvdm.api.error.UnauthorizedException.class)
                .hasMessageNotContaining("abc");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void namesArePercentEncodedAsOneSegment() {
        server.enqueue(json(fixture("docs-disc.json")));
        client.disc(new VmRef("acme co", "backup servers", "web/1"), "my disc?#%");
        assertThat(take(server).getTarget()).isEqualTo(
                "/accounts/acme%20co/groups/backup%20servers/virtual_machines/web%2F1/discs/my%20disc%3F%23%25");
    }

    @Test
    void dotSegmentsAndBlanksAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> client.purgeDisc(VM, "..")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.purgeDisc(VM, ".")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.purgeDisc(VM, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.purgeDisc(new VmRef("acme", "..", "web1"), "root"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.relabelDisc(VM, "root", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void baseUrlWithAPathPrefixIsKept() {
        var config = Wire.config(java.net.URI.create(server.url("/api/").toString()));
        server.enqueue(json("[]"));
        new HttpBrainClient(config, token::get).allDiscs();
        assertThat(take(server).getTarget()).isEqualTo("/api/discs");
    }
}
