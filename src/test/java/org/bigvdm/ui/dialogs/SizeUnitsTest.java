package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 13 item 10: decimal and binary unit spellings are accepted, and the unit used is said. */
class SizeUnitsTest {

    @Test
    void decimalAndBinarySpellingsAreAcceptedWhateverTheChooserSays() {
        assertThat(SizeInput.amount("10 GB", SizeUnit.MIB).mib()).isEqualTo(10 * 1024);
        assertThat(SizeInput.amount("10 GiB", SizeUnit.MIB).mib()).isEqualTo(10 * 1024);
        assertThat(SizeInput.amount("1.5 TB", SizeUnit.GIB).mib()).isEqualTo(1536 * 1024);
        assertThat(SizeInput.amount("1.5TiB", SizeUnit.GIB).mib()).isEqualTo(1536 * 1024);
        assertThat(SizeInput.amount("512 mb", SizeUnit.GIB).mib()).isEqualTo(512);
        assertThat(SizeInput.amount("10", SizeUnit.GIB).mib()).isEqualTo(10 * 1024);
        assertThat(SizeInput.amount("10 parsecs", SizeUnit.GIB).problemText()).get().asString().contains("GiB");
    }

    @Test
    void aDecimalSpellingSaysWhichUnitIsUsed() {
        assertThat(SizeInput.unitNote("10 GB")).contains("10 GB is read as 10 GiB (1 GiB = 1024 MiB)");
        assertThat(SizeInput.unitNote("+1.5 TB")).contains("1.5 TB is read as 1.5 TiB (1 TiB = 1024 GiB)");
        assertThat(SizeInput.unitNote("10 GiB")).isEmpty();
        assertThat(SizeInput.unitNote("10")).isEmpty();
    }

    @Test
    void resizeTakesAnIncreaseWithAUnitAndSaysSo() {
        var resize = new ResizeDiscViewModel(Servers.changes(Servers.api(Servers.web1())), Servers.web1(),
                Servers.ROOT);
        resize.sizeProperty().set("+10 GB");
        assertThat(resize.newSize().mib()).isEqualTo(Servers.ROOT.size() + 10 * 1024);
        assertThat(resize.summaryProperty().get())
                .isEqualTo("From 25 GiB to 35 GiB (10 GB is read as 10 GiB (1 GiB = 1024 MiB))");
    }

    @Test
    void aDisabledPurgeSaysWhy() {
        var purge = new PurgeDiscViewModel(Servers.changes(Servers.api(Servers.web1())), Servers.web1(), Servers.DATA);
        assertThat(purge.whyPurgeOffProperty().get()).endsWith("type the label exactly: data");
        purge.confirmationProperty().set("data");
        assertThat(purge.whyPurgeOffProperty().get()).isEmpty();
    }
}
