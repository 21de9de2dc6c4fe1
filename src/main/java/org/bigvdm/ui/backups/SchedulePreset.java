package org.bigvdm.ui.backups;

/** How often a schedule runs, as the editor offers it; {@link #CUSTOM} takes seconds typed in. */
public enum SchedulePreset {
    HOURLY("Every hour", BackupWords.HOUR),
    DAILY("Every day", BackupWords.DAY),
    WEEKLY("Every week", BackupWords.WEEK),
    CUSTOM("Custom interval", 0);

    private final String text;
    private final long seconds;

    SchedulePreset(String text, long seconds) {
        this.text = text;
        this.seconds = seconds;
    }

    /** The interval in seconds; 0 for {@link #CUSTOM}. */
    public long seconds() {
        return seconds;
    }

    /** The preset for an interval, or {@link #CUSTOM}. */
    public static SchedulePreset of(Integer intervalSeconds) {
        for (SchedulePreset p : values()) {
            if (p != CUSTOM && intervalSeconds != null && p.seconds == intervalSeconds) {
                return p;
            }
        }
        return CUSTOM;
    }

    @Override
    public String toString() {
        return text;
    }
}
