package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resizing root (25 GiB) on web1. */
class ResizeDiscViewModelTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final ResizeDiscViewModel vm =
            new ResizeDiscViewModel(Servers.changes(api), server, Servers.ROOT);

    @ParameterizedTest(name = "\"{0}\" {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "''|GIB|Enter a size",
            "+|GIB|Enter a size",
            "+abc|GIB|Enter a whole number",
            "-5|GIB|Enter a whole number",
            "++5|GIB|Enter a whole number",
            "+1.1|GIB|1.1 GiB is not a whole number of MiB",
            "25|GIB|Size must be more than the current 25 GiB: discs can only grow",
            "10|GIB|Size must be more than the current 25 GiB: discs can only grow",
            "+0|GIB|Size must be more than the current 25 GiB: discs can only grow",
            "25600|MIB|Size must be more than the current 25 GiB: discs can only grow",
            "2049|GIB|Size must be at most 2 TiB (2097152 MiB)",
            "+2024|GIB|Size must be at most 2 TiB (2097152 MiB)",
            "+2|TIB|Size must be at most 2 TiB (2097152 MiB)",
    })
    void refusesBadSizes(String size, SizeUnit unit, String message) {
        vm.unitProperty().set(unit);
        vm.sizeProperty().set("30");
        vm.sizeProperty().set(size);

        assertThat(vm.sizeField().message()).isEqualTo(message);
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.submit()).isFalse();
        assertThat(api.requests()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" {1} sends {2} MiB: {3}")
    @CsvSource(delimiter = '|', value = {
            "50|GIB|51200|From 25 GiB to 50 GiB",
            "+25|GIB|51200|From 25 GiB to 50 GiB",
            "+512|MIB|26112|From 25 GiB to 25.5 GiB",
            "30000|MIB|30000|From 25 GiB to 29.3 GiB",
            "2|TIB|2097152|From 25 GiB to 2 TiB",
    })
    void sendsTheNewAbsoluteSizeInMib(String size, SizeUnit unit, long mib, String summary) {
        vm.unitProperty().set(unit);
        vm.sizeProperty().set(size);

        assertThat(vm.summaryProperty().get()).isEqualTo(summary);
        assertThat(vm.submit()).isTrue();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("resize", Servers.REF, "11", mib));
        assertThat(vm.resultProperty().get().size()).isEqualTo(mib);
    }

    @Test
    void showsCurrentSizeAndTheFilesystemNote() {
        assertThat(vm.currentSize()).isEqualTo("25 GiB");
        assertThat(vm.notes()).isEqualTo(ResizeDiscViewModel.FILESYSTEM_NOTE);
        var running = new ResizeDiscViewModel(Servers.changes(api), Servers.running(), Servers.ROOT);
        assertThat(running.notes()).endsWith("The server is running: the guest sees the new size after a restart.");
    }

    @Test
    void discsOfADeletedServerCannotGrow() {
        var blocked = new ResizeDiscViewModel(Servers.changes(api), Servers.deleted(), Servers.ROOT);
        blocked.sizeProperty().set("50");
        assertThat(blocked.blockedReasonProperty().get()).isEqualTo("The server web1 is deleted: its discs cannot change.");
        assertThat(blocked.submit()).isFalse();
    }

    @Test
    void offersWhatOkWouldSendAsCommandsOnlyOnceTheInputIsValid() {
        vm.sizeProperty().set("abc");
        assertThat(vm.offersCommand()).isTrue();
        assertThat(vm.commandToCopy()).isEmpty();

        vm.unitProperty().set(SizeUnit.GIB);
        vm.sizeProperty().set("+25");

        assertThat(vm.commandToCopy()).contains(
                "bytemark update disc --server web1.default.acme --disc root --new-size 50G\n"
                + "curl -X PUT -H \"Authorization: Bearer $BYTEMARK_TOKEN\" -H 'Content-Type: application/json'"
                + " -d '{\"size\":51200}' https://uk0.bigv.io/accounts/acme/groups/default/virtual_machines/web1/discs/11");
        assertThat(api.requests()).as("copying sends nothing").isEmpty();
    }
}
