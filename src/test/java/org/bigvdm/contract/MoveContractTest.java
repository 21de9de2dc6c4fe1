package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.FILES;
import static org.bigvdm.contract.Contract.MONITOR;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.STAGING_DB;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.WWW2;
import static org.bigvdm.contract.Contract.badRequest;
import static org.bigvdm.contract.Contract.thrown;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.NetworkException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Moving a disc to another server ({@code PUT .../discs/{disc} {"virtual_machine_id": id}})
 * through the real client: the move itself, both servers read again afterwards, and every
 * rule's refusal with its exact 400 body and nothing changed. Deleted sources, read-only users
 * and unknown discs are covered with the other writes in {@link DiscRulesContractTest}.
 */
class MoveContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().withTestClock().resetBeforeEachTest();

    private static final String BOTH_OFF = "both servers must be powered off to move a disc";
    private static final String BOOT_DISC = "is the server's boot disc and cannot be moved";

    private final Contract c = new Contract(SIM);

    /** {@code call} must be refused with exactly {@code field: [message]} and change nothing. */
    private void refused(ThrowingCallable call, String field, String message) {
        List<Disc> before = c.state().allDiscs();
        badRequest(call, field, message);
        assertThat(c.state().allDiscs()).as("a refused move changes nothing").isEqualTo(before);
    }

    @Test
    void aDiscMovesBetweenPoweredOffServersAndBothServersShowIt() {
        Disc cache = c.requireStateDisc(BUILD, "cache");
        long target = c.id(STAGING_DB);

        Disc moved = c.brain().moveDisc(BUILD, "cache", target);

        assertThat(moved).isEqualTo(cache.withVirtualMachineId(target));
        VirtualMachine from = c.brain().virtualMachine(BUILD);
        assertThat(from.discs()).extracting(Disc::label).containsExactly("root");
        assertThat(c.brain().discs(STAGING_DB)).extracting(Disc::label).containsExactly("root", "pgdata", "cache");
        assertThat(c.brain().virtualMachine(STAGING_DB).discs()).contains(moved);
        assertThat(c.brain().discById(cache.id()).virtualMachineId()).isEqualTo(target);
        assertThat(c.brain().discsOfVm(c.id(BUILD))).extracting(Disc::label).containsExactly("root");
    }

    @Test
    void aDiscCanBeNamedByItsId() {
        Disc cache = c.requireStateDisc(BUILD, "cache");
        Disc moved = c.brain().moveDisc(BUILD, Long.toString(cache.id()), c.id(MONITOR));
        assertThat(moved.virtualMachineId()).isEqualTo(c.id(MONITOR));
        assertThat(c.brain().discs(MONITOR)).extracting(Disc::label).containsExactly("vda", "metrics", "cache");
    }

    /** A moved disc joins the end of its new server's list, so it never becomes that server's boot disc. */
    @Test
    void aMovedInDiscCanMoveOnAgain() {
        c.brain().moveDisc(BUILD, "cache", c.id(STAGING_DB));
        Disc back = c.brain().moveDisc(STAGING_DB, "cache", c.id(BUILD));
        assertThat(back.virtualMachineId()).isEqualTo(c.id(BUILD));
        assertThat(c.brain().discs(BUILD)).extracting(Disc::label).containsExactly("root", "cache");
    }

    @Test
    void movingToItsOwnServerChangesNothing() {
        Disc cache = c.requireStateDisc(BUILD, "cache");
        assertThat(c.brain().moveDisc(BUILD, "cache", c.id(BUILD))).isEqualTo(cache);
        assertThat(c.stateDiscs(BUILD)).extracting(Disc::label).containsExactly("root", "cache");
    }

    /** The app's flow for running servers: shut both down, wait until off, then move. */
    @Test
    void afterACleanShutdownTheDiscMoves() {
        refused(() -> c.brain().moveDisc(WWW2, "uploads", c.id(BUILD)), "virtual_machine_id", BOTH_OFF);
        c.brain().signalPowerdown(WWW2);
        SIM.advance(Duration.ofMillis(50));
        assertThat(c.brain().powerState(WWW2).powerOn()).isFalse();

        Disc moved = c.brain().moveDisc(WWW2, "uploads", c.id(BUILD));

        assertThat(moved.virtualMachineId()).isEqualTo(c.id(BUILD));
        assertThat(c.brain().discs(WWW2)).extracting(Disc::label).containsExactly("root");
    }

    @Test
    void theSourceServerMustBeOff() {
        refused(() -> c.brain().moveDisc(WWW1, "uploads", c.id(BUILD)), "virtual_machine_id", BOTH_OFF);
    }

    @Test
    void theTargetServerMustBeOff() {
        refused(() -> c.brain().moveDisc(BUILD, "cache", c.id(WWW1)), "virtual_machine_id", BOTH_OFF);
    }

    @Test
    void theBootDiscStays() {
        refused(() -> c.brain().moveDisc(BUILD, "root", c.id(MONITOR)), "disc", BOOT_DISC);
        refused(() -> c.brain().moveDisc(MONITOR, "vda", c.id(BUILD)), "disc", BOOT_DISC);
    }

    @Test
    void theTargetMayNotGetANinthDisc() {
        c.brain().stop(FILES);
        refused(() -> c.brain().moveDisc(BUILD, "cache", c.id(FILES)), "discs", "at most 8 per server");
    }

    @Test
    void theTargetMayNotHaveADiscWithTheSameLabel() {
        c.brain().createDisc(STAGING_DB, new DiscSpec("cache", 2048, "sata"));
        refused(() -> c.brain().moveDisc(BUILD, "cache", c.id(STAGING_DB)),
                "label", "is already in use on this server");
    }

    /** 400, not 404: the disc and its server were found; the value sent is what is wrong. */
    @Test
    void theTargetMustExist() {
        refused(() -> c.brain().moveDisc(BUILD, "cache", 999_999L), "virtual_machine_id", "does not exist");
    }

    @Test
    void theTargetMayNotBeDeleted() {
        refused(() -> c.brain().moveDisc(BUILD, "cache", c.id(OLDSHOP)),
                "virtual_machine_id", "is deleted and cannot change");
    }

    /** Like Rails, one answer names every problem. */
    @Test
    void everyProblemIsNamedAtOnce() {
        BadRequestException e = thrown(BadRequestException.class,
                () -> c.brain().moveDisc(BUILD, "root", c.id(WWW2)));
        assertThat(e.fieldErrors()).isEqualTo(Map.of(
                "disc", List.of(BOOT_DISC),
                "virtual_machine_id", List.of(BOTH_OFF),
                "label", List.of("is already in use on this server")));
    }

    /** A lost answer: the move happened once; reading both servers again settles it. */
    @Test
    void aLostAnswerIsSettledByReadingAgain() {
        c.faults().malformedNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().moveDisc(BUILD, "cache", c.id(MONITOR)));
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(c.brain().discs(BUILD)).extracting(Disc::label).containsExactly("root");
        assertThat(c.brain().discs(MONITOR)).extracting(Disc::label).containsExactly("vda", "metrics", "cache");
    }

    @Test
    void aDroppedMoveIsNotResent() {
        c.faults().dropNext(1);
        NetworkException e = thrown(NetworkException.class, () -> c.brain().moveDisc(BUILD, "cache", c.id(MONITOR)));
        assertThat(e.outcomeUnknown()).isTrue();
        assertThat(c.stateDiscs(BUILD)).extracting(Disc::label).containsExactly("root", "cache");
        assertThat(c.faults().describe().get("drop_next")).isEqualTo(0);
    }
}
