package org.bigvdm.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.bigvdm.ui.common.SizeFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeInputTest {

    @ParameterizedTest(name = "\"{0}\" {1} → {2} MiB")
    @CsvSource({
            "10, GIB, 10240",
            "' 25 ', GIB, 25600",
            "1.5, GIB, 1536",
            "1024, MIB, 1024",
            "2, TIB, 2097152",
            "0.5, TIB, 524288",
    })
    void acceptsWholeMib(String text, SizeUnit unit, long mib) {
        assertThat(SizeInput.discSize(text, unit).mib()).isEqualTo(mib);
    }

    @Test
    void hugeNumbersAreTooBigRatherThanOverflowing() {
        assertThat(SizeInput.discSize("99999999999999999999999", SizeUnit.TIB).problem())
                .isEqualTo("Size must be at most 2 TiB (2097152 MiB)");
    }

    @ParameterizedTest(name = "{0} MiB reads {1}")
    @CsvSource({
            "512, 512 MiB",
            "1024, 1 GiB",
            "1536, 1.5 GiB",
            "25600, 25 GiB",
            "26112, 25.5 GiB",
            "1100, 1.1 GiB",
            "1048576, 1 TiB",
            "2097152, 2 TiB",
            "1572864, 1.5 TiB",
    })
    void formatsSizesForPeople(long mib, String text) {
        assertThat(SizeFormat.mib(mib)).isEqualTo(text);
    }
}
