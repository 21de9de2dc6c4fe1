/**
 * The disc table on the right: {@link org.bigvdm.ui.discs.DiscTableViewModel} (rows for the
 * selected node; javafx.beans only) and its View (columns, sorting, selection; binds only).
 */
package org.bigvdm.ui.discs;
