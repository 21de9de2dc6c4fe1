package org.bigvdm.api.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared label rules that both the dialogs and the simulator apply. */
class DiscRulesTest {
    @Test
    void dotAndDotDotAreNotLabels() {
        assertThat(DiscRules.labelProblem(".", List.of())).contains("must not be . or ..");
        assertThat(DiscRules.labelProblem("..", List.of())).contains("must not be . or ..");
        assertThat(DiscRules.labelProblem("...", List.of())).isEmpty();
        assertThat(DiscRules.labelProblem(".hidden", List.of())).isEmpty();
        assertThat(DiscRules.labelProblem("v1.2", List.of())).isEmpty();
    }
}
