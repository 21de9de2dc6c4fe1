package org.bigvdm.ui.dialogs;

/** The units a size may be typed in. The API counts MiB; people think in GiB. */
public enum SizeUnit {
    MIB("MiB", 1),
    GIB("GiB", 1024),
    TIB("TiB", 1024L * 1024);

    private final String symbol;
    private final long mib;

    SizeUnit(String symbol, long mib) {
        this.symbol = symbol;
        this.mib = mib;
    }

    /** MiB in one of this unit. */
    public long mib() {
        return mib;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
