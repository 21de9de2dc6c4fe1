package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Renaming data on web1 (root and vda are its neighbours). */
class RelabelDiscViewModelTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final RelabelDiscViewModel vm =
            new RelabelDiscViewModel(Servers.changes(api), server, Servers.DATA);

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "''|Enter a label",
            "root|Label is already in use on this server",
            "vda|Label looks like a device name",
            "sdc|Label looks like a device name",
            "a/b|Label must not contain /",
            "007|Label must not be all digits",
            "' data'|Label must not start or end with spaces",
            "'data '|Label must not start or end with spaces",
    })
    void refusesBadLabels(String label, String message) {
        vm.labelProperty().set(label);

        assertThat(vm.labelField().message()).isEqualTo(message);
        assertThat(vm.submit()).isFalse();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void startsWithTheCurrentLabelAndOkOffUntilChanged() {
        assertThat(vm.labelProperty().get()).isEqualTo("data");
        assertThat(vm.labelField().message()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).isFalse();

        vm.labelProperty().set("scratch");
        assertThat(vm.canSubmitProperty().get()).isTrue();

        vm.labelProperty().set("data");
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aCaseChangeIsAChange() {
        vm.labelProperty().set("Data");
        assertThat(vm.canSubmitProperty().get()).isTrue();
    }

    @Test
    void anOldDeviceLikeLabelMayStayButNotBeChosen() {
        var old = new RelabelDiscViewModel(Servers.changes(api), server, Servers.OLD_VDA);
        assertThat(old.labelField().message()).isEmpty();
        old.labelProperty().set("vdb");
        assertThat(old.labelField().message()).isEqualTo("Label looks like a device name");
    }

    @Test
    void sendsTheNewLabelForTheDiscById() {
        vm.labelProperty().set("scratch");

        vm.submit();

        assertThat(api.requests()).containsExactly(new RecordingDiscApi.Request("relabel", Servers.REF, "12", "scratch"));
        assertThat(vm.resultProperty().get().label()).isEqualTo("scratch");
    }
}
