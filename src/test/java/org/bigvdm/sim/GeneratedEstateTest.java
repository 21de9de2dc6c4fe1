package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.sim.state.GeneratedEstate;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GeneratedEstateTest {
    @RegisterExtension
    static final SimulatorExtension SIM = SimulatorExtension.withOptions(b -> b.vms(1000).seed(42));

    @Test
    void sameSeedSameEstate() {
        assertThat(GeneratedEstate.build(300, 5)).isEqualTo(GeneratedEstate.build(300, 5));
        assertThat(GeneratedEstate.build(300, 5)).isNotEqualTo(GeneratedEstate.build(300, 6));
    }

    @Test
    void thousandServersFollowTheRules() {
        Snapshot s = SIM.simulator().state().snapshot();
        assertThat(s.virtualMachines()).hasSize(1000);
        assertThat(s.discs().size()).isBetween(7000, 8000);
        assertThat(s.accounts().size()).isGreaterThanOrEqualTo(2);
        Map<Long, java.util.List<Disc>> byVm = s.discs().stream().collect(Collectors.groupingBy(Disc::virtualMachineId));
        assertThat(byVm.values()).allSatisfy(discs -> {
            assertThat(discs.size()).isBetween(1, DiscRules.MAX_DISCS_PER_SERVER);
            assertThat(discs).extracting(Disc::label).doesNotHaveDuplicates();
            assertThat(discs).allSatisfy(d -> assertThat(DiscRules.sizeProblem(d.size())).isEmpty());
        });
        assertThat(s.virtualMachines()).extracting(VirtualMachine::hostname)
                .allMatch(h -> h.endsWith(".uk0.bigv.io")).doesNotHaveDuplicates();
    }

    @Test
    void overviewServesTheWholeEstate() {
        var answer = SIM.demoClient().get("/accounts?view=overview&include_deleted=true");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length()).isGreaterThan(1_000_000);
    }
}
