package org.bigvdm.service.journal;

/**
 * One stored line, parsed only when first needed: 100,000 lines open at once, and only those
 * shown or filtered are read as entries.
 */
public final class JournalLine {
    private final String raw;
    private volatile JournalEntry entry;
    private volatile boolean parsed;

    JournalLine(String raw) {
        this.raw = raw;
    }

    /** An entry appended in this session: already parsed. */
    static JournalLine of(JournalEntry entry) {
        JournalLine line = new JournalLine(JournalCodec.line(entry));
        line.entry = entry;
        line.parsed = true;
        return line;
    }

    /** A cheap first check: a whole JSON object on one line. */
    static boolean looksWhole(String line) {
        return line.startsWith("{\"at\":") && line.endsWith("}");
    }

    /** The entry, or null when the line turns out damaged. */
    public JournalEntry entry() {
        if (!parsed) {
            entry = JournalCodec.parse(raw);
            parsed = true;
        }
        return entry;
    }

    /** True when the stored text contains {@code lowerCaseText} (the JSON, field names included). */
    public boolean rawContains(String lowerCaseText) {
        int n = lowerCaseText.length();
        for (int i = 0, last = raw.length() - n; i <= last; i++) {
            if (raw.regionMatches(true, i, lowerCaseText, 0, n)) {
                return true;
            }
        }
        return false;
    }

    public String raw() {
        return raw;
    }
}
