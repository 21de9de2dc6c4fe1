package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.INTRANET;
import static org.bigvdm.contract.Contract.STAGING_DB;
import static org.bigvdm.contract.Contract.WWW1;

import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every disc write of {@code BrainApi} through the real HTTP client: the disc returned is right
 * and the simulator's estate afterwards shows the change (and only that change). Moves are in
 * {@link MoveContractTest}.
 */
class DiscWriteContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    @Test
    void createDiscReturnsItAndTheServerHasIt() {
        Disc created = c.brain().createDisc(WWW1, new DiscSpec("backups", 10240, "archive"));

        assertThat(created.label()).isEqualTo("backups");
        assertThat(created.size()).isEqualTo(10240);
        assertThat(created.storageGrade()).isEqualTo("archive");
        assertThat(created.virtualMachineId()).isEqualTo(c.id(WWW1));
        assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactly("vda", "uploads", "backups");
        assertThat(c.requireStateDisc(WWW1, "backups")).isEqualTo(created);
    }

    @Test
    void createWithoutGradeGetsSata() {
        Disc created = c.brain().createDisc(WWW1, new DiscSpec("scratch", 2048, null));
        assertThat(created.storageGrade()).isEqualTo("sata");
        assertThat(c.requireStateDisc(WWW1, "scratch").storageGrade()).isEqualTo("sata");
    }

    /** intranet has root and disc-2: the next is disc-3 (max N + 1, at least count + 1), then disc-4. */
    @Test
    void createWithoutLabelGetsTheNextDiscN() {
        Disc first = c.brain().createDisc(INTRANET, new DiscSpec(null, 2048, "ssd"));
        assertThat(first.label()).isEqualTo("disc-3");
        Disc second = c.brain().createDisc(INTRANET, new DiscSpec(null, 2048, null));
        assertThat(second.label()).isEqualTo("disc-4");
        // www1 has vda and uploads and no disc-N yet: the disc count decides.
        assertThat(c.brain().createDisc(WWW1, new DiscSpec(null, 1024, null)).label()).isEqualTo("disc-3");

        assertThat(c.stateDiscs(INTRANET)).extracting(Disc::label)
                .containsExactly("root", "disc-2", "disc-3", "disc-4");
        assertThat(c.requireStateDisc(INTRANET, "disc-3")).isEqualTo(first);
    }

    @Test
    void resizeGrowsTheDisc() {
        Disc resized = c.brain().resizeDisc(WWW1, "uploads", 204800);

        assertThat(resized.size()).isEqualTo(204800);
        assertThat(resized.label()).isEqualTo("uploads");
        assertThat(c.requireStateDisc(WWW1, "uploads").size()).isEqualTo(204800);
        assertThat(c.requireStateDisc(WWW1, "vda").size()).isEqualTo(25600);
    }

    @Test
    void resizeToTheSameSizeIsAccepted() {
        assertThat(c.brain().resizeDisc(WWW1, "uploads", 102400).size()).isEqualTo(102400);
    }

    @Test
    void relabelRenamesTheDiscByLabelOrId() {
        Disc before = c.requireStateDisc(WWW1, "uploads");

        Disc relabelled = c.brain().relabelDisc(WWW1, "uploads", "media");
        assertThat(relabelled).isEqualTo(before.withLabel("media"));
        assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactly("vda", "media");

        c.brain().relabelDisc(WWW1, Long.toString(before.id()), "static");
        assertThat(c.state().discById(before.id()).label()).isEqualTo("static");
    }

    /** A legacy vda label stays readable and may be renamed away from. */
    @Test
    void aLegacyDeviceLabelCanBeRenamed() {
        c.brain().relabelDisc(WWW1, "vda", "root");
        assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactly("root", "uploads");
    }

    @Test
    void purgeRemovesTheDisc() {
        long id = c.requireStateDisc(WWW1, "uploads").id();

        c.brain().purgeDisc(WWW1, "uploads");

        assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactly("vda");
        assertThat(c.state().allDiscs()).extracting(Disc::id).doesNotContain(id);
    }

    @Test
    void purgeByIdRemovesTheDisc() {
        long id = c.requireStateDisc(STAGING_DB, "pgdata").id();

        c.brain().purgeDiscById(id);

        assertThat(c.stateDiscs(STAGING_DB)).extracting(Disc::label).containsExactly("root");
        assertThat(c.state().allDiscs()).extracting(Disc::id).doesNotContain(id);
    }
}
