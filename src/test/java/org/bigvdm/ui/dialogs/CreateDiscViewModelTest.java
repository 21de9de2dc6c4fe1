package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateDiscViewModelTest {
    private final ServerContext server = Servers.web1();
    private final RecordingDiscApi api = Servers.api(server);
    private final CreateDiscViewModel vm = new CreateDiscViewModel(Servers.changes(api), server);

    private void fillValid() {
        vm.labelProperty().set("backups");
        vm.sizeProperty().set("10");
    }

    @ParameterizedTest(name = "label \"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "vda|Label looks like a device name",
            "sdb|Label looks like a device name",
            "xvdc|Label looks like a device name",
            "hda|Label looks like a device name",
            "VDB|Label looks like a device name",
            "root|Label is already in use on this server",
            "data|Label is already in use on this server",
            "a/b|Label must not contain /",
            "/|Label must not contain /",
            "12345|Label must not be all digits",
            "' backups'|Label must not start or end with spaces",
            "'backups '|Label must not start or end with spaces",
            "'   '|Label must not start or end with spaces",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|Label is too long (at most 64 characters)",
    })
    void refusesBadLabelsWithTheMessageBesideTheField(String label, String message) {
        fillValid();
        vm.labelProperty().set(label);

        assertThat(vm.labelField().message()).isEqualTo(message);
        assertThat(vm.canSubmitProperty().get()).isFalse();
        assertThat(vm.submit()).isFalse();
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void refusesControlCharactersInLabels() {
        fillValid();
        vm.labelProperty().set("tab\there");
        assertThat(vm.labelField().message()).isEqualTo("Label must not contain control characters");
    }

    @ParameterizedTest(name = "size \"{0}\" {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "''|GIB|Enter a size",
            "'   '|GIB|Enter a size",
            "abc|GIB|Enter a whole number",
            "-5|GIB|Enter a whole number",
            "1,5|GIB|Enter a whole number",
            "1e3|GIB|Enter a whole number",
            "0x10|GIB|Enter a whole number",
            ".|GIB|Enter a whole number",
            "+5|GIB|Enter a whole number",
            "1.1|GIB|1.1 GiB is not a whole number of MiB",
            "0|GIB|Size must be at least 1 GiB (1024 MiB)",
            "0.5|GIB|Size must be at least 1 GiB (1024 MiB)",
            "2049|GIB|Size must be at most 2 TiB (2097152 MiB)",
            "1023|MIB|Size must be at least 1 GiB (1024 MiB)",
            "1024.5|MIB|Enter a whole number",
            "2097153|MIB|Size must be at most 2 TiB (2097152 MiB)",
            "3|TIB|Size must be at most 2 TiB (2097152 MiB)",
            "0.0001|TIB|0.0001 TiB is not a whole number of MiB",
    })
    void refusesBadSizesWithTheMessageBesideTheField(String size, SizeUnit unit, String message) {
        fillValid();
        vm.unitProperty().set(unit);
        vm.sizeProperty().set(size);

        assertThat(vm.sizeField().message()).isEqualTo(message);
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aFreshDialogShowsNoErrorsButCannotSubmitWithoutASize() {
        assertThat(vm.sizeField().message()).isEmpty();
        assertThat(vm.labelField().message()).isEmpty();
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void changingTheUnitRechecksTheSize() {
        fillValid();
        vm.sizeProperty().set("1000");
        assertThat(vm.canSubmitProperty().get()).isTrue();

        vm.unitProperty().set(SizeUnit.MIB);

        assertThat(vm.sizeField().message()).isEqualTo("Size must be at least 1 GiB (1024 MiB)");
    }

    @Test
    void sendsLabelSizeInMibAndChosenGrade() {
        fillValid();
        vm.gradeProperty().set("archive");

        assertThat(vm.submit()).isTrue();

        assertThat(api.requests()).containsExactly(
                new RecordingDiscApi.Request("create", Servers.REF, null, new DiscSpec("backups", 10240, "archive")));
    }

    @ParameterizedTest(name = "{0} {1} sends {2} MiB")
    @CsvSource({"2048, MIB, 2048", "1.5, GIB, 1536", "2, TIB, 2097152", "1, GIB, 1024"})
    void sendsSizesInMibWhateverTheUnit(String size, SizeUnit unit, long mib) {
        fillValid();
        vm.unitProperty().set(unit);
        vm.sizeProperty().set(size);

        vm.submit();

        assertThat(((DiscSpec) api.requests().get(0).body()).size()).isEqualTo(mib);
    }

    @Test
    void anEmptyLabelSendsNullAndTheResultIsTheServersAnswer() {
        vm.sizeProperty().set("10");
        List<Disc> answers = new ArrayList<>();
        vm.resultProperty().addListener((o, was, answer) -> answers.add(answer));

        vm.submit();

        assertThat(api.requests().get(0).body()).isEqualTo(new DiscSpec(null, 10240, "sata"));
        assertThat(answers).singleElement().satisfies(d -> {
            assertThat(d.label()).isEqualTo("disc-4");
            assertThat(d.id()).isEqualTo(900);
        });
        assertThat(vm.resultProperty().get()).isSameAs(answers.get(0));
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.canSubmitProperty().get()).isFalse();
    }

    @Test
    void isNoLongerBusyWhenDoneIsAnnounced() {
        // the view closes itself on "done" and refuses to close while busy
        vm.sizeProperty().set("10");
        List<Boolean> busyWhenDone = new ArrayList<>();
        vm.doneProperty().addListener((o, was, done) -> busyWhenDone.add(vm.busyProperty().get()));

        vm.submit();

        assertThat(busyWhenDone).containsExactly(false);
    }

    @Test
    void promptShowsTheAutomaticLabel() {
        assertThat(vm.autoLabel()).isEqualTo("disc-4");
    }

    @Test
    void gradesComeFromDefinitionsWithSataPreselectedAndDescribed() {
        assertThat(vm.grades()).containsExactly("sata", "ssd", "archive");
        assertThat(vm.gradeProperty().get()).isEqualTo("sata");
        assertThat(vm.describeGrade("ssd")).isEqualTo("Premium SSD");
    }

    @Test
    void runningServerGetsTheRestartNote() {
        var running = new CreateDiscViewModel(Servers.changes(api), Servers.running());
        assertThat(running.runningNote())
                .isEqualTo("The server is running: the guest sees the new disc after a restart.");
        assertThat(vm.runningNote()).isEmpty();
    }

    @Test
    void aFullServerCannotGetAnotherDisc() {
        ServerContext full = Servers.full();
        var blocked = new CreateDiscViewModel(Servers.changes(Servers.api(full)), full);
        blocked.sizeProperty().set("10");

        assertThat(CreateDiscViewModel.whyCannotCreate(full))
                .hasValue("The server web1 already has 8 discs, the most a server can have.");
        assertThat(blocked.blockedReasonProperty().get())
                .isEqualTo("The server web1 already has 8 discs, the most a server can have.");
        assertThat(blocked.submit()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"deleted", "readOnly"})
    void deletedOrReadOnlyServersCannotGetDiscs(String kind) {
        ServerContext s = kind.equals("deleted") ? Servers.deleted() : Servers.readOnly();
        String expected = kind.equals("deleted")
                ? "The server web1 is deleted: its discs cannot change."
                : "You may look at the server web1 but not change it.";
        var blocked = new CreateDiscViewModel(Servers.changes(Servers.api(s)), s);
        blocked.sizeProperty().set("10");

        assertThat(CreateDiscViewModel.whyCannotCreate(s)).hasValue(expected);
        assertThat(blocked.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aServerWithRoomMayGetADisc() {
        assertThat(CreateDiscViewModel.whyCannotCreate(server)).isEmpty();
    }
}
