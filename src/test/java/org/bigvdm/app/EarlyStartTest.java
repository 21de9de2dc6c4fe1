package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bigvdm.api.model.Account;
import org.junit.jupiter.api.Test;

/** What Launcher.main starts beside the toolkit (settings under the tests' bigvdm.home). */
class EarlyStartTest {

    @Test
    void withDemoTheWindowGetsTheSettingsWithoutWaitingForTheSimulatorWhichComesSignedIn() throws Exception {
        EarlyStart early = EarlyStart.take(AppArguments.parse(List.of("--demo")));

        StartupState state = early.state();
        assertThat(state.settings()).isNotNull();
        assertThat(state.demo()).as("the window is built without the demo").isNull();

        try (DemoBackend demo = early.demo().get(60, TimeUnit.SECONDS)) {
            // the session made in-process is one the simulator's HTTP API accepts
            List<Account> accounts = state.clients().brain(demo.endpoints(), demo::token).overview();
            assertThat(accounts).isNotEmpty();
            String first = demo.token();
            assertThat(demo.renew()).isNotBlank().isNotEqualTo(first);
        }
    }

    @Test
    void whatTheLauncherBeganIsTakenOnceAndOnlyForTheSameArguments() {
        EarlyStart.begin(new String[] {"--demo", "--select", "web1"}, () -> { });
        EarlyStart other = EarlyStart.take(AppArguments.parse(List.of("--demo", "--select", "web2")));
        EarlyStart.begin(new String[] {"--demo", "--select", "web1"}, () -> { });
        EarlyStart same = EarlyStart.take(AppArguments.parse(List.of("--demo", "--select", "web1")));
        EarlyStart again = EarlyStart.take(AppArguments.parse(List.of("--demo", "--select", "web1")));
        try {
            assertThat(other.state()).isNotNull();
            assertThat(again).as("taken once").isNotSameAs(same);
        } finally {
            for (EarlyStart e : List.of(other, same, again)) {
                e.discard();
            }
        }
    }
}
