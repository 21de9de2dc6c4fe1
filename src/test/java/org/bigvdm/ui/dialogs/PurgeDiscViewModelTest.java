package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Purging data (50 GiB, Premium SSD) on web1. */
class PurgeDiscViewModelTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final PurgeDiscViewModel vm =
            new PurgeDiscViewModel(Servers.changes(api), server, Servers.DATA);

    @ParameterizedTest(name = "typing \"{0}\" does not allow purge")
    @ValueSource(strings = {"", "dat", "Data", "DATA", "data ", " data", "data\n", "root"})
    void onlyTheExactLabelEnablesPurge(String typed) {
        vm.confirmationProperty().set(typed);

        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void namesWhatWillBeDestroyedAndThatItIsFinal() {
        assertThat(vm.warning()).isEqualTo("This destroys the disc data (50 GiB, Premium SSD) on the server web1,"
                + " with all its data. This cannot be undone.");
        assertThat(vm.confirmationPrompt()).isEqualTo("Type data to confirm:");
    }

    @Test
    void theExactLabelPurgesOnceEvenIfSubmittedAgain() {
        vm.confirmationProperty().set("data");

        assertThat(vm.submit()).isTrue();
        assertThat(vm.submit()).isFalse();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("purge", Servers.REF, "12", null));
        assertThat(vm.resultProperty().get()).isEqualTo(Servers.DATA);
    }
}
