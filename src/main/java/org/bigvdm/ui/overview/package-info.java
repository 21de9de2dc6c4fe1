/**
 * The estate overview shown for the "All accounts" node or an account: {@link
 * org.bigvdm.ui.overview.OverviewViewModel} (computes {@link
 * org.bigvdm.service.overview.EstateOverview} off the FX thread, applies a figure's slice to the
 * tree and the table; javafx.beans only) and {@link org.bigvdm.ui.overview.OverviewView}
 * (charts, figure table, links; binds only; its sections reflow with the width ({@link
 * org.bigvdm.ui.overview.OverviewColumns}), the bars per group are drawn by hand ({@link
 * org.bigvdm.ui.overview.GroupBars}), and it sits in a foldable pane that scrolls rather than cuts
 * when the window is too small for it). No requests: it reads the estate already loaded.
 */
package org.bigvdm.ui.overview;
