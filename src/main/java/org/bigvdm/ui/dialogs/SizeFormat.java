package org.bigvdm.ui.dialogs;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Sizes for people: "25 GiB", "1.5 GiB", "2 TiB", "512 MiB". */
public final class SizeFormat {
    private SizeFormat() {
    }

    public static String mib(long mib) {
        if (mib >= SizeUnit.TIB.mib() && mib % SizeUnit.TIB.mib() == 0) {
            return mib / SizeUnit.TIB.mib() + " TiB";
        }
        if (mib < SizeUnit.GIB.mib()) {
            return mib + " MiB";
        }
        // one decimal where needed: 1536 → 1.5 GiB; 25600 → 25 GiB
        BigDecimal gib = BigDecimal.valueOf(mib).divide(BigDecimal.valueOf(SizeUnit.GIB.mib()), 1, RoundingMode.HALF_UP);
        return gib.stripTrailingZeros().toPlainString() + " GiB";
    }
}
