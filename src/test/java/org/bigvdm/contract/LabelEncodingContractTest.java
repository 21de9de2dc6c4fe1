package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.contract.Contract.WWW1;

import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Labels address discs in URLs. Whatever characters a label may hold, the client's encoding and
 * the simulator's decoding must agree, or a disc could be unreachable or the wrong one changed.
 */
class LabelEncodingContractTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();

    private final Contract c = new Contract(SIM);

    @ParameterizedTest
    @ValueSource(strings = {"my disc", "a+b", "100%", "q?x=1", "frag#1", "données", "semi;colon", "..x", "-"})
    void aDiscWithThisLabelCanBeCreatedReadResizedRelabelledAndPurged(String label) {
        Disc created = c.brain().createDisc(WWW1, new DiscSpec(label, 2048, "sata"));
        assertThat(created.label()).isEqualTo(label);
        assertThat(c.requireStateDisc(WWW1, label).id()).isEqualTo(created.id());

        assertThat(c.brain().disc(WWW1, label)).isEqualTo(created);
        assertThat(c.brain().resizeDisc(WWW1, label, 4096).size()).isEqualTo(4096);
        assertThat(c.requireStateDisc(WWW1, label).size()).isEqualTo(4096);

        c.brain().relabelDisc(WWW1, label, label + " 2");
        assertThat(c.requireStateDisc(WWW1, label + " 2").id()).isEqualTo(created.id());

        c.brain().purgeDisc(WWW1, label + " 2");
        assertThat(c.stateDiscs(WWW1)).extracting(Disc::label).containsExactly("vda", "uploads");
    }
}
