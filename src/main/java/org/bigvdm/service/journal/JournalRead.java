package org.bigvdm.service.journal;

import java.util.List;

/**
 * What reading the journal found: its lines newest first, and how many were damaged (left out).
 *
 * @param damagedFiles the names of the files that hold damaged lines
 */
public record JournalRead(List<JournalLine> lines, int damaged, List<String> damagedFiles) {
    public JournalRead {
        lines = List.copyOf(lines);
        damagedFiles = List.copyOf(damagedFiles);
    }

    /** "2 damaged lines in journal-2026-11.jsonl were skipped", or "" when none. */
    public String damagedReport() {
        if (damaged == 0) {
            return "";
        }
        return damaged + (damaged == 1 ? " damaged line" : " damaged lines") + " in "
                + String.join(", ", damagedFiles) + (damaged == 1 ? " was" : " were") + " skipped";
    }
}
