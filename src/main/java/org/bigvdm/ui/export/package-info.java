/**
 * Export of discs to CSV or JSON (what the table shows, or the whole estate) and Copy of the
 * selected rows as tab-separated text: {@link org.bigvdm.ui.export.ExportCommands} (javafx.beans
 * only; writes off the FX thread) and {@link org.bigvdm.ui.export.ExportFileChooser} (the save
 * dialog). The text itself is made by {@link org.bigvdm.service.export.DiscExport}.
 */
package org.bigvdm.ui.export;
