package org.bigvdm.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeFormatTest {

    @ParameterizedTest
    @CsvSource({
            "0, 0 MiB",
            "512, 512 MiB",
            "1023, 1023 MiB",
            "1024, 1 GiB",
            "1025, 1 GiB",
            "1536, 1.5 GiB",
            "25600, 25 GiB",
            "1047552, 1023 GiB",
            "1048575, 1024 GiB",
            "1048576, 1 TiB",
            "1572864, 1.5 TiB",
            "2097152, 2 TiB",
    })
    void showsMibGibOrTibWithAtMostOneDecimal(long mib, String shown) {
        assertThat(SizeFormat.mib(mib)).isEqualTo(shown);
    }

    @Test
    void wholeUnitsReadTheSameAsThroughDecimalFormat() {
        // whole GiB and TiB skip DecimalFormat (the tree formats one size per server); same words
        DecimalFormat reference = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (long mib = 1024; mib < 8L * 1024 * 1024; mib += 1024 * 37 + 512) {
            String unit = mib >= 1024L * 1024 ? " TiB" : " GiB";
            double amount = mib >= 1024L * 1024 ? mib / (1024.0 * 1024) : mib / 1024.0;
            assertThat(SizeFormat.mib(mib)).as("%d MiB", mib).isEqualTo(reference.format(amount) + unit);
            long whole = mib - mib % 1024;
            double wholeAmount = whole >= 1024L * 1024 ? whole / (1024.0 * 1024) : whole / 1024.0;
            String wholeUnit = whole >= 1024L * 1024 ? " TiB" : " GiB";
            assertThat(SizeFormat.mib(whole)).as("%d MiB", whole).isEqualTo(reference.format(wholeAmount) + wholeUnit);
        }
    }
}
