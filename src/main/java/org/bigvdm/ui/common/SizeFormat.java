package org.bigvdm.ui.common;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Sizes for people: the API counts MiB, users think in GiB and TiB. */
public final class SizeFormat {
    private static final ThreadLocal<DecimalFormat> ONE_DECIMAL =
            ThreadLocal.withInitial(() -> new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private SizeFormat() {
    }

    /** 25600 → "25 GiB", 1536 → "1.5 GiB", 512 → "512 MiB", 2097152 → "2 TiB". */
    public static String mib(long mib) {
        if (mib < 1024) {
            return mib + " MiB";
        }
        // whole units, the usual case, without DecimalFormat: the tree formats one per server
        if (mib >= 1024L * 1024) {
            return mib % (1024L * 1024) == 0 ? mib / (1024L * 1024) + " TiB"
                    : ONE_DECIMAL.get().format(mib / (1024.0 * 1024)) + " TiB";
        }
        return mib % 1024 == 0 ? mib / 1024 + " GiB" : ONE_DECIMAL.get().format(mib / 1024.0) + " GiB";
    }

    /** "25,600 MiB": the exact figure, for tooltips. */
    public static String exactMib(long mib) {
        return String.format(Locale.ROOT, "%,d MiB", mib);
    }
}
