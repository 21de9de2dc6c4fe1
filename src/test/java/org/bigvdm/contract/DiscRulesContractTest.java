package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.BUILD;
import static org.bigvdm.contract.Contract.FILES;
import static org.bigvdm.contract.Contract.OLDSHOP;
import static org.bigvdm.contract.Contract.STAGING_DB;
import static org.bigvdm.contract.Contract.WWW1;
import static org.bigvdm.contract.Contract.WWW2;
import static org.bigvdm.contract.Contract.badRequest;
import static org.bigvdm.contract.Contract.thrown;

import java.util.List;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.error.ForbiddenException;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The disc rules (contract section 5) and refusals (section 6) as the app sees them: each
 * refused write is the right typed exception with the exact field messages, and the estate is
 * left exactly as it was.
 */
class DiscRulesContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);
    private List<Disc> discsBefore;

    @BeforeEach
    void rememberEstate() {
        discsBefore = c.state().allDiscs();
    }

    /** Every test here is a refusal: nothing may have changed. */
    @AfterEach
    void estateUnchanged() {
        assertThat(c.state().allDiscs()).isEqualTo(discsBefore);
    }

    @Test
    void deviceLikeLabelsAreRefused() {
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("vdb", 2048, "sata")),
                "label", "looks like a device name");
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("xvda", 2048, "sata")),
                "label", "looks like a device name");
        badRequest(() -> c.brain().relabelDisc(WWW1, "uploads", "sdc"),
                "label", "looks like a device name");
    }

    @Test
    void duplicateLabelsAreRefused() {
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("uploads", 2048, "sata")),
                "label", "is already in use on this server");
        badRequest(() -> c.brain().relabelDisc(WWW2, "root", "uploads"),
                "label", "is already in use on this server");
    }

    @Test
    void aNinthDiscIsRefused() {
        assertThat(c.stateDiscs(FILES)).hasSize(8);
        badRequest(() -> c.brain().createDisc(FILES, new DiscSpec("extra", 2048, "sata")),
                "discs", "at most 8 per server");
        // Without a label too: the automatic label must not get round the limit.
        badRequest(() -> c.brain().createDisc(FILES, new DiscSpec(null, 2048, null)),
                "discs", "at most 8 per server");
    }

    /** The simulator's own label rules: a label is a URL segment, so it must stay addressable. */
    @Test
    void labelsThatCouldNotAddressADiscAreRefused() {
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("x".repeat(65), 2048, "sata")),
                "label", "is too long (at most 64 characters)");
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("a/b", 2048, "sata")),
                "label", "must not contain /");
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("2024", 2048, "sata")),
                "label", "must not be all digits");
        badRequest(() -> c.brain().relabelDisc(WWW1, "uploads", " padded "),
                "label", "must not start or end with spaces");
    }

    /**
     * Found by these tests: the simulator (and the shared rules the dialogs check) accepted "."
     * and "..", yet the client can never address such a disc by label (as a path segment they
     * mean "this" and "parent"), and refuses to relabel to them with an untyped exception.
     */
    @Test
    void dotLabelsAreRefusedBecauseTheyCannotBeAddressed() {
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("..", 2048, "sata")),
                "label", "must not be . or ..");
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec(".", 2048, "sata")),
                "label", "must not be . or ..");
        long uploads = c.requireStateDisc(WWW1, "uploads").id();
        var rename = c.raw().put("/discs/" + uploads, "{\"label\": \"..\"}");
        assertThat(rename.statusCode()).isEqualTo(400);
        assertThat(rename.body()).contains("must not be . or ..");
        // Labels that merely contain dots stay fine.
        assertThat(c.brain().createDisc(WWW1, new DiscSpec("...", 2048, "sata")).label()).isEqualTo("...");
        assertThat(c.brain().disc(WWW1, "...").label()).isEqualTo("...");
        discsBefore = c.state().allDiscs(); // "..." was meant to succeed
    }

    @Test
    void shrinkingIsRefusedWithTheCurrentSize() {
        badRequest(() -> c.brain().resizeDisc(WWW1, "uploads", 51200),
                "size", "cannot be reduced (currently 102400)");
    }

    @Test
    void sizesOutsideOneGibToTwoTibAreRefused() {
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("tiny", 1023, "sata")),
                "size", "must be at least 1 GiB (1024 MiB)");
        badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("huge", 2_097_153, "sata")),
                "size", "must be at most 2 TiB (2097152 MiB)");
        badRequest(() -> c.brain().resizeDisc(WWW1, "uploads", 2_097_153),
                "size", "must be at most 2 TiB (2097152 MiB)");
    }

    @Test
    void theLimitsThemselvesAreAccepted() {
        Disc small = c.brain().createDisc(WWW1, new DiscSpec("small", 1024, "sata"));
        Disc big = c.brain().resizeDisc(WWW1, "uploads", 2_097_152);
        assertThat(small.size()).isEqualTo(1024);
        assertThat(big.size()).isEqualTo(2_097_152);
        discsBefore = c.state().allDiscs(); // these two were meant to succeed
    }

    /** The simulator says Rails' "is not included in the list"; the client shows "is not valid". */
    @Test
    void anUnknownGradeIsNotValid() {
        BadRequestException e = badRequest(() -> c.brain().createDisc(WWW1, new DiscSpec("fast", 2048, "gold")),
                "storage_grade", "is not valid");
        assertThat(e.messagesFor("storage_grade")).containsExactly("is not valid");
    }

    @Test
    void severalProblemsAreAllReported() {
        BadRequestException e = thrown(BadRequestException.class,
                () -> c.brain().createDisc(WWW1, new DiscSpec("sda", 10, "gold")));
        assertThat(e.fieldErrors()).containsOnlyKeys("label", "size", "storage_grade");
        assertThat(e.messagesFor("label")).containsExactly("looks like a device name");
        assertThat(e.messagesFor("size")).containsExactly("must be at least 1 GiB (1024 MiB)");
        assertThat(e.messagesFor("storage_grade")).containsExactly("is not valid");
    }

    /** The simulator's choice for discs of a deleted server: 403, with its reason. */
    @Test
    void discsOfADeletedServerCannotChange() {
        String vda = Long.toString(c.requireStateDisc(OLDSHOP, "vda").id());
        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> c.brain().createDisc(OLDSHOP, new DiscSpec("data", 2048, "sata")),
                () -> c.brain().resizeDisc(OLDSHOP, "vda", 20480),
                () -> c.brain().relabelDisc(OLDSHOP, "vda", "root"),
                () -> c.brain().moveDisc(OLDSHOP, "vda", c.id(BUILD)),
                () -> c.brain().purgeDisc(OLDSHOP, "vda"),
                () -> c.brain().purgeDiscById(Long.parseLong(vda)))) {
            ForbiddenException e = thrown(ForbiddenException.class, call);
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.getMessage()).contains("is deleted and cannot change");
        }
    }

    @Test
    void readonlyUsersCannotChangeDiscs() {
        var readonly = c.brainAs("readonly");
        assertThat(readonly.discs(WWW1)).as("reads work").isEqualTo(c.stateDiscs(WWW1));
        long uploads = c.requireStateDisc(WWW1, "uploads").id();
        for (var call : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> readonly.createDisc(WWW1, new DiscSpec("data", 2048, "sata")),
                () -> readonly.resizeDisc(WWW1, "uploads", 204800),
                () -> readonly.relabelDisc(WWW1, "uploads", "media"),
                () -> readonly.moveDisc(BUILD, "cache", c.id(STAGING_DB)),
                () -> readonly.purgeDisc(WWW1, "uploads"),
                () -> readonly.purgeDiscById(uploads))) {
            ForbiddenException e = thrown(ForbiddenException.class, call);
            assertThat(e.getMessage()).contains("readonly may read but not change anything");
        }
    }

    @Test
    void writesToUnknownDiscsOrServersAreNotFound() {
        var brain = c.brain();
        var nowhere = new org.bigvdm.api.model.VmRef("acme-web", "production", "nope");
        thrown(NotFoundException.class, () -> brain.createDisc(nowhere, new DiscSpec("data", 2048, "sata")));
        thrown(NotFoundException.class, () -> brain.resizeDisc(WWW1, "nope", 204800));
        thrown(NotFoundException.class, () -> brain.relabelDisc(WWW1, "nope", "media"));
        thrown(NotFoundException.class, () -> brain.moveDisc(BUILD, "nope", c.id(STAGING_DB)));
        thrown(NotFoundException.class, () -> brain.purgeDisc(WWW1, "nope"));
        thrown(NotFoundException.class, () -> brain.purgeDiscById(999_999L));
    }

    /**
     * The client has no delete without purge (good: the real service answers 500 and deletes
     * nothing). Pin that half of the contract with a raw request, so the simulator keeps it.
     */
    @Test
    void deleteWithoutPurgeAnswers500AndDeletesNothing() {
        long uploads = c.requireStateDisc(WWW1, "uploads").id();
        var nested = c.raw().delete("/accounts/acme-web/groups/production/virtual_machines/www1/discs/uploads");
        assertThat(nested.statusCode()).isEqualTo(500);
        assertThat(nested.body()).contains("only purged");
        var flat = c.raw().delete("/discs/" + uploads);
        assertThat(flat.statusCode()).isEqualTo(500);
        var purgeFalse = c.raw().delete("/discs/" + uploads + "?purge=false");
        assertThat(purgeFalse.statusCode()).isEqualTo(500);
    }
}
