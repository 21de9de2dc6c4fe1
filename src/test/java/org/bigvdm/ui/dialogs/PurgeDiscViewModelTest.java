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
    void saysHowManyBackupsAndSchedulesGoWithTheDisc() {
        var withBackups = Servers.DATA.withBackups(true, 7,
                java.util.List.of(new org.bigvdm.api.model.BackupSchedule(1L, "00:00", 86400, 7)));
        PurgeDiscViewModel purge = new PurgeDiscViewModel(Servers.changes(api), server, withBackups);

        assertThat(purge.warning()).endsWith("This cannot be undone. Its 7 backups and 1 backup schedule go with it.");
        assertThat(vm.warning()).as("none: nothing said").endsWith("This cannot be undone.");
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
