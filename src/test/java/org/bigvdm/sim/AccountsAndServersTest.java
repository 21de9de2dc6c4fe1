package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.http.HttpResponse;
import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definition;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.Json;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads of accounts, groups, servers and definitions; the estate is not changed here. */
class AccountsAndServersTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create();

    private SimClient demo;

    @BeforeEach
    void signIn() {
        demo = SIM.demoClient();
    }

    @Test
    void overviewHoldsEverythingAndLeavesDeletedOutUnlessAsked() {
        List<Account> withDeleted = read(demo.get("/accounts?view=overview&include_deleted=true"), new TypeReference<>() { });
        assertThat(withDeleted).extracting(Account::name).containsExactly("acme-web", "northwind");
        assertThat(servers(withDeleted)).hasSize(12).anyMatch(VirtualMachine::deleted)
                .anyMatch(vm -> !vm.powerOn())
                .allMatch(vm -> !vm.discs().isEmpty() && vm.discs().size() <= 8)
                .allMatch(vm -> !vm.networkInterfaces().isEmpty() && !vm.networkInterfaces().get(0).ips().isEmpty());
        assertThat(withDeleted).allSatisfy(a -> assertThat(a.groups()).extracting(Group::name).contains("default"));
        List<Disc> discs = servers(withDeleted).stream().flatMap(vm -> vm.discs().stream()).toList();
        assertThat(discs).extracting(Disc::storageGrade).contains("sata", "ssd", "archive");
        assertThat(discs).filteredOn(Disc::migrating).singleElement()
                .satisfies(d -> assertThat(d.migrationProgress()).isNotNull());
        assertThat(discs).extracting(Disc::label).contains("vda");

        List<Account> live = read(demo.get("/accounts?view=overview"), new TypeReference<>() { });
        assertThat(servers(live)).hasSize(11).noneMatch(VirtualMachine::deleted);

        List<Account> plain = read(demo.get("/accounts"), new TypeReference<>() { });
        assertThat(plain).allSatisfy(a -> assertThat(a.groups()).isEmpty());
    }

    @Test
    void oneAccountByNameOrId() {
        Account byName = read(demo.get("/accounts/northwind?view=overview&include_deleted=true"), new TypeReference<>() { });
        assertThat(byName.groups()).extracting(Group::name).containsExactly("default", "office");
        Account byId = read(demo.get("/accounts/" + byName.id()), new TypeReference<>() { });
        assertThat(byId.name()).isEqualTo("northwind");
        assertThat(demo.get("/accounts/nowhere").statusCode()).isEqualTo(404);
        assertThat(demo.get("/accounts/99999").statusCode()).isEqualTo(404);
    }

    @Test
    void groupsAndTheirServers() {
        List<Group> groups = read(demo.get("/accounts/acme-web/groups"), new TypeReference<>() { });
        assertThat(groups).extracting(Group::name).containsExactly("default", "production", "staging");

        Group production = read(demo.get(Paths.PRODUCTION + "?view=overview"), new TypeReference<>() { });
        assertThat(production.virtualMachines()).extracting(VirtualMachine::name).containsExactly("www1", "www2", "db1");
        Group byId = read(demo.get("/accounts/acme-web/groups/" + production.id()), new TypeReference<>() { });
        assertThat(byId.name()).isEqualTo("production");

        List<VirtualMachine> staging = read(demo.get("/accounts/acme-web/groups/staging/virtual_machines"),
                new TypeReference<>() { });
        assertThat(staging).extracting(VirtualMachine::name).containsExactly("web", "db");
        List<VirtualMachine> stagingAll = read(
                demo.get("/accounts/acme-web/groups/staging/virtual_machines?include_deleted=true"), new TypeReference<>() { });
        assertThat(stagingAll).extracting(VirtualMachine::name).containsExactly("web", "db", "oldshop");

        assertThat(demo.get("/accounts/acme-web/groups/nope").statusCode()).isEqualTo(404);
        assertThat(demo.get("/accounts/northwind/groups/production").statusCode()).isEqualTo(404);
    }

    @Test
    void oneServerNestedByNameOrIdAndFlat() {
        VirtualMachine www1 = read(demo.get(Paths.WWW1 + "?view=overview"), new TypeReference<>() { });
        assertThat(www1.hostname()).isEqualTo("www1.production.acme-web.uk0.bigv.io");
        assertThat(www1.discs()).extracting(Disc::label).containsExactly("vda", "uploads");
        assertThat(www1.discs().get(0).storagePool()).isEqualTo("tail1-sata1");

        VirtualMachine byId = read(demo.get(Paths.PRODUCTION + "/virtual_machines/" + www1.id()), new TypeReference<>() { });
        assertThat(byId).isEqualTo(www1);
        VirtualMachine flat = read(demo.get("/virtual_machines/" + www1.id()), new TypeReference<>() { });
        assertThat(flat).isEqualTo(www1);

        VirtualMachine deleted = read(demo.get(Paths.OLDSHOP), new TypeReference<>() { });
        assertThat(deleted.deleted()).isTrue();

        assertThat(demo.get(Paths.PRODUCTION + "/virtual_machines/nope").statusCode()).isEqualTo(404);
        assertThat(demo.get("/virtual_machines/99999").statusCode()).isEqualTo(404);
        assertThat(demo.get("/virtual_machines/www1").statusCode()).isEqualTo(404);
        assertThat(demo.get("/nothing/here").statusCode()).isEqualTo(404);
    }

    @Test
    void percentEncodedSegmentsAreDecoded() {
        assertThat(demo.get("/accounts/acme%2Dweb/groups/production/virtual_machines/www1").statusCode())
                .isEqualTo(200);
    }

    @Test
    void definitionsNeedNoTokenAndListTheGrades() {
        var answer = SIM.client().get("/definitions");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
        Definitions defs = Definitions.from(read(answer, new TypeReference<List<Definition>>() { }));
        assertThat(defs.storageGrades()).containsExactly("sata", "ssd", "archive");
        assertThat(defs.storageGradeDescriptions()).containsExactly(
                java.util.Map.entry("sata", "Standard SSD"), java.util.Map.entry("ssd", "Premium SSD"),
                java.util.Map.entry("archive", "Archive storage"));
        assertThat(defs.zoneNames()).isNotEmpty();
        assertThat(answer.body()).contains("\"id\":\"distributions\"", "\"id\":\"hardware_profiles\"",
                "\"id\":\"keymaps\"");
    }

    private static List<VirtualMachine> servers(List<Account> accounts) {
        return accounts.stream().flatMap(a -> a.groups().stream()).flatMap(g -> g.virtualMachines().stream()).toList();
    }

    static <T> T read(HttpResponse<String> answer, TypeReference<T> type) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        try {
            return Json.mapper().readValue(answer.body(), type);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }
}
