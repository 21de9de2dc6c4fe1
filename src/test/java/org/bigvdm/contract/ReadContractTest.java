package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.DB1;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import java.util.List;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every read of {@code BrainApi} through the real HTTP client: what comes back must equal what
 * the simulator holds, record for record (so every field survives the JSON round trip), and
 * unknown things must come back as {@link NotFoundException}.
 */
class ReadContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    @Test
    void overviewIsTheWholeEstateIncludingDeletedServers() {
        List<Account> overview = c.brain().overview();

        assertThat(overview).isEqualTo(c.state().accounts(true, true));
        assertThat(overview).extracting(Account::name).containsExactly("acme-web", "northwind");
        Account acme = overview.get(0);
        assertThat(acme.groups()).extracting(Group::name).containsExactly("default", "production", "staging");
        VirtualMachine oldshop = acme.groups().get(2).virtualMachines().stream()
                .filter(vm -> vm.name().equals("oldshop")).findFirst().orElseThrow();
        assertThat(oldshop.deleted()).isTrue();
        VirtualMachine db1 = acme.groups().get(1).virtualMachines().stream()
                .filter(vm -> vm.name().equals("db1")).findFirst().orElseThrow();
        Disc reports = db1.discs().stream().filter(d -> d.label().equals("reports")).findFirst().orElseThrow();
        assertThat(reports.migrating()).isTrue();
        assertThat(reports.newStorageGrade()).isEqualTo("ssd");
        assertThat(reports.migrationProgress()).isEqualTo(42);
    }

    @Test
    void accountByNameAndById() {
        Account byName = c.brain().account("northwind");
        assertThat(byName).isEqualTo(c.state().account("northwind", true, true));
        assertThat(byName.groups()).extracting(Group::name).containsExactly("default", "office");
        assertThat(c.brain().account(Long.toString(byName.id()))).isEqualTo(byName);
    }

    @Test
    void groupsAndOneGroup() {
        List<Group> groups = c.brain().groups("acme-web");
        assertThat(groups).isEqualTo(c.state().groups("acme-web"));
        assertThat(groups).extracting(Group::name).containsExactly("default", "production", "staging");

        Group production = c.brain().group("acme-web", "production");
        assertThat(production).isEqualTo(c.state().group("acme-web", "production", true, false));
        assertThat(production.virtualMachines()).extracting(VirtualMachine::name)
                .containsExactly("www1", "www2", "db1");
    }

    @Test
    void virtualMachinesOfAGroupWithAndWithoutDeleted() {
        assertThat(c.brain().virtualMachines("acme-web", "staging", false))
                .extracting(VirtualMachine::name).containsExactly("web", "db");
        List<VirtualMachine> all = c.brain().virtualMachines("acme-web", "staging", true);
        assertThat(all).isEqualTo(c.state().vmsOfGroup("acme-web", "staging", true));
        assertThat(all).extracting(VirtualMachine::name).containsExactly("web", "db", "oldshop");
    }

    @Test
    void oneServerByPathByIdsAndById() {
        long id = c.id(WWW1);
        VirtualMachine expected = c.state().vm(id);

        VirtualMachine byPath = c.brain().virtualMachine(WWW1);
        assertThat(byPath).isEqualTo(expected);
        assertThat(byPath.hostname()).isEqualTo("www1.production.acme-web.uk0.bigv.io");
        assertThat(byPath.discs()).extracting(Disc::label).containsExactly("vda", "uploads");
        assertThat(c.brain().virtualMachine(id)).isEqualTo(expected);

        Account acme = c.brain().account("acme-web");
        Group production = acme.groups().get(1);
        var byIds = new VmRef(Long.toString(acme.id()), Long.toString(production.id()), Long.toString(id));
        assertThat(c.brain().virtualMachine(byIds)).isEqualTo(expected);
    }

    @Test
    void deletedServersCanStillBeRead() {
        VirtualMachine oldshop = c.brain().virtualMachine(OLDSHOP);
        assertThat(oldshop.deleted()).isTrue();
        assertThat(c.brain().discs(OLDSHOP)).extracting(Disc::label).containsExactly("vda");
    }

    @Test
    void discsOfAServerAndOneDiscByLabelOrId() {
        List<Disc> discs = c.brain().discs(DB1);
        assertThat(discs).isEqualTo(c.stateDiscs(DB1));
        assertThat(discs).extracting(Disc::label).containsExactly("root", "pgdata", "wal", "backups", "reports");

        Disc pgdata = c.brain().disc(DB1, "pgdata");
        assertThat(pgdata).isEqualTo(c.requireStateDisc(DB1, "pgdata"));
        assertThat(pgdata.size()).isEqualTo(204800);
        assertThat(pgdata.storageGrade()).isEqualTo("ssd");
        assertThat(c.brain().disc(DB1, Long.toString(pgdata.id()))).isEqualTo(pgdata);
    }

    @Test
    void nonNestedDiscReads() {
        assertThat(c.brain().allDiscs()).isEqualTo(c.state().allDiscs());
        long www1 = c.id(WWW1);
        assertThat(c.brain().discsOfVm(www1)).isEqualTo(c.state().discsOf(www1));
        Disc uploads = c.requireStateDisc(WWW1, "uploads");
        assertThat(c.brain().discById(uploads.id())).isEqualTo(uploads);
    }

    @Test
    void definitionsNeedNoToken() {
        Definitions definitions = c.brainWith(null).definitions();
        assertThat(definitions.storageGrades()).containsExactly("sata", "ssd", "archive");
        assertThat(definitions.describe("sata")).isEqualTo("Standard SSD");
        assertThat(definitions.describe("ssd")).isEqualTo("Premium SSD");
        assertThat(definitions.describe("archive")).isEqualTo("Archive storage");
        assertThat(definitions.zoneNames()).containsExactly("york", "manchester");
    }

    @Test
    void unknownThingsAreNotFound() {
        var brain = c.brain();
        var nowhere = new VmRef("acme-web", "production", "nope");
        thrown(NotFoundException.class, () -> brain.account("nope"));
        thrown(NotFoundException.class, () -> brain.groups("nope"));
        thrown(NotFoundException.class, () -> brain.group("acme-web", "nope"));
        thrown(NotFoundException.class, () -> brain.virtualMachines("acme-web", "nope", true));
        thrown(NotFoundException.class, () -> brain.virtualMachine(nowhere));
        thrown(NotFoundException.class, () -> brain.virtualMachine(999_999L));
        thrown(NotFoundException.class, () -> brain.discs(nowhere));
        thrown(NotFoundException.class, () -> brain.disc(WWW1, "nope"));
        thrown(NotFoundException.class, () -> brain.disc(WWW1, "999999"));
        thrown(NotFoundException.class, () -> brain.discById(999_999L));
        // A disc of another server is not found through this one.
        long pgdata = c.requireStateDisc(DB1, "pgdata").id();
        NotFoundException e = thrown(NotFoundException.class, () -> brain.disc(WWW1, Long.toString(pgdata)));
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).startsWith("Not found (404 from 127.0.0.1:").contains("not found");
    }

    @Test
    void noTokenIsUnauthorized() {
        var anonymous = c.brainWith(null);
        UnauthorizedException e = thrown(UnauthorizedException.class, anonymous::overview);
        assertThat(e.status()).isEqualTo(401);
        thrown(UnauthorizedException.class, () -> anonymous.discs(WWW1));
        thrown(UnauthorizedException.class, () -> c.brainWith("not-a-session").overview());
    }
}
