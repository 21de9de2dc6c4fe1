package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.thrown;

import org.bigvdm.api.PowerState;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code PUT .../virtual_machines/{vm} {"deleted": false}} through the real client. */
class UndeleteContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    private VirtualMachine simVm(VmRef vm) {
        return c.state().vm(c.id(vm));
    }

    @Test
    void aDeletedServerComesBackPoweredOffAndCanChangeAgain() {
        assertThat(c.brain().virtualMachines("acme-web", "staging", false))
                .extracting(VirtualMachine::name).doesNotContain("oldshop");

        c.brain().undelete(OLDSHOP);

        assertThat(c.brain().powerState(OLDSHOP)).isEqualTo(new PowerState(false, false, false));
        assertThat(c.brain().virtualMachines("acme-web", "staging", false))
                .extracting(VirtualMachine::name).containsExactly("web", "db", "oldshop");
        assertThat(c.brain().virtualMachine(OLDSHOP).discs()).extracting(d -> d.label()).containsExactly("vda");
        assertThat(c.brain().resizeDisc(OLDSHOP, "vda", 20480).size()).as("its discs may change").isEqualTo(20480);
        c.brain().start(OLDSHOP);
        assertThat(c.brain().powerState(OLDSHOP).powerOn()).isTrue();
    }

    @Test
    void undeletingALiveServerChangesNothing() {
        VirtualMachine before = simVm(WWW1);
        c.brain().undelete(WWW1);
        assertThat(simVm(WWW1)).isEqualTo(before);
    }

    /** One PUT may undelete and start: the fields apply in that order. */
    @Test
    void undeleteAndStartInOneRequest() {
        var answer = c.raw().put(Contract.path(OLDSHOP),
                "{\"deleted\":false,\"power_on\":true,\"autoreboot_on\":true}");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(simVm(OLDSHOP).deleted()).isFalse();
        assertThat(simVm(OLDSHOP).powerOn()).isTrue();
    }

    /** The contract has no delete through PUT; the simulator says so rather than ignoring it. */
    @Test
    void deletedTrueAndBadValuesAreRefused() {
        var delete = c.raw().put(Contract.path(WWW1), "{\"deleted\":true}");
        assertThat(delete.statusCode()).isEqualTo(400);
        assertThat(delete.body()).isEqualTo("{\"deleted\":[\"can only be changed to false\"]}");
        var notBoolean = c.raw().put(Contract.path(OLDSHOP), "{\"deleted\":\"no\"}");
        assertThat(notBoolean.statusCode()).isEqualTo(400);
        assertThat(notBoolean.body()).isEqualTo("{\"deleted\":[\"is not a boolean\"]}");
        assertThat(simVm(WWW1).deleted()).isFalse();
        assertThat(simVm(OLDSHOP).deleted()).isTrue();
    }

    @Test
    void readonlyUsersCannotUndelete() {
        ForbiddenException e = thrown(ForbiddenException.class, () -> c.brainAs("readonly").undelete(OLDSHOP));
        assertThat(e.getMessage()).contains("readonly may read but not change anything");
        assertThat(simVm(OLDSHOP).deleted()).isTrue();
    }

    @Test
    void anUnknownServerIsNotFound() {
        thrown(NotFoundException.class, () -> c.brain().undelete(new VmRef("acme-web", "staging", "nope")));
    }

    /** A lost answer: the server is back once; reading it settles it. */
    @Test
    void aLostAnswerIsSettledByReadingAgain() {
        c.faults().dropNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().undelete(OLDSHOP));
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(c.brain().powerState(OLDSHOP).deleted()).as("a dropped request is not handled").isTrue();
        c.faults().malformedNext(1);
        c.brain().undelete(OLDSHOP); // the body of a PUT answer is not read: a garbled one is still success
        assertThat(c.brain().powerState(OLDSHOP).deleted()).isFalse();
    }
}
