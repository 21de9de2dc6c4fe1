/**
 * Discs as CSV, JSON or tab-separated text for spreadsheets, scripts and the clipboard: one
 * line per disc with its account, group and server. Pure text from the estate already loaded;
 * no JavaFX, nothing from {@code ui}, {@code app} or {@code sim}.
 */
package org.bigvdm.service.export;
