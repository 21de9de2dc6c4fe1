package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.INTRANET;
import static org.bigvdm.contract.Contract.STAGING_DB;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import java.util.List;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /users/{username}/privileges} through the real client, and the simulator keeping
 * to what it lists: a change is accepted exactly where a privilege covers the server.
 */
class PrivilegesContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    /** northwind/office: group_admin for mixed. */
    private static final VmRef VPN = new VmRef("northwind", "office", "vpn");
    /** northwind/default, off: vm_console for mixed. */
    private static final VmRef MONITOR = new VmRef("northwind", "default", "monitor");

    private final Contract c = new Contract(SIM);

    @Test
    void demoIsAccountAdminOnBothAccounts() {
        List<Privilege> privileges = c.brain().privileges("demo");
        assertThat(privileges).extracting(Privilege::level, Privilege::accountName, Privilege::username)
                .containsExactly(tuple(Privilege.ACCOUNT_ADMIN, "acme-web", "demo"),
                        tuple(Privilege.ACCOUNT_ADMIN, "northwind", "demo"));
        assertThat(privileges).extracting(Privilege::accountId).doesNotContainNull();
        assertThat(privileges).extracting(Privilege::id).doesNotHaveDuplicates();
    }

    @Test
    void readonlyHasConsoleAccessToEveryServerAndNothingMore() {
        List<Privilege> privileges = c.brainAs("readonly").privileges("readonly");
        assertThat(privileges).extracting(Privilege::level).containsOnly(Privilege.VM_CONSOLE);
        assertThat(privileges).extracting(Privilege::virtualMachineId)
                .containsExactlyInAnyOrderElementsOf(c.state().snapshot().virtualMachines().stream()
                        .map(vm -> vm.id()).toList());
        assertThat(privileges).extracting(Privilege::virtualMachineName).contains("www1", "db1", "oldshop");
    }

    @Test
    void mixedAdministersOneAccountAGroupOfTheOtherAndOnlyWatchesTheRest() {
        List<Privilege> privileges = c.brainAs("mixed").privileges("mixed");
        assertThat(privileges).extracting(Privilege::level, p -> name(p))
                .containsExactlyInAnyOrder(tuple(Privilege.ACCOUNT_ADMIN, "acme-web"),
                        tuple(Privilege.GROUP_ADMIN, "office"),
                        tuple(Privilege.VM_CONSOLE, "intranet"), tuple(Privilege.VM_CONSOLE, "monitor"));
    }

    @Test
    void mixedMayChangeServersItsPrivilegesCoverAndNoOthers() {
        BrainApi mixed = c.brainAs("mixed");
        mixed.createDisc(BUILD, new DiscSpec("scratch", 2048, "sata"));            // account_admin
        mixed.resizeDisc(VPN, "root", 20480);                                      // group_admin
        assertThat(c.requireStateDisc(VPN, "root").size()).isEqualTo(20480);

        ForbiddenException e = thrown(ForbiddenException.class,
                () -> mixed.createDisc(INTRANET, new DiscSpec("more", 2048, "sata"))); // vm_console
        assertThat(e.getMessage()).contains("mixed may read but not change this server");
        thrown(ForbiddenException.class, () -> mixed.stop(INTRANET));
        thrown(ForbiddenException.class, () -> mixed.purgeDiscById(c.requireStateDisc(INTRANET, "disc-2").id()));
        thrown(ForbiddenException.class, () -> mixed.moveDisc(BUILD, "cache", c.id(MONITOR)));
        assertThat(c.stateDisc(INTRANET, "more")).isEmpty();
        assertThat(c.stateDisc(BUILD, "cache")).isPresent();
        assertThat(mixed.discs(INTRANET)).as("reads work").isEqualTo(c.stateDiscs(INTRANET));
        mixed.moveDisc(BUILD, "cache", c.id(STAGING_DB));                          // both on acme-web
        assertThat(c.stateDisc(STAGING_DB, "cache")).isPresent();
    }

    @Test
    void theApiKeyActsAsDemo() {
        assertThat(c.brainWith("apikey.demo-0000").privileges("demo")).hasSize(2);
    }

    @Test
    void nobodyReadsAnotherUsersPrivileges() {
        thrown(NotFoundException.class, () -> c.brain().privileges("readonly"));
        thrown(NotFoundException.class, () -> c.brain().privileges("nobody"));
        assertThat(c.brainAs("readonly").discs(WWW1)).isNotEmpty();
    }

    private static String name(Privilege p) {
        return p.accountName() != null ? p.accountName() : p.groupName() != null ? p.groupName()
                : p.virtualMachineName();
    }
}
