package org.bigvdm.ui.bulk;

/** How a bulk action shows its preview and run; the app opens a window, tests answer directly. */
public interface BulkDialogs {
    void grow(BulkGrowViewModel grow);
}
