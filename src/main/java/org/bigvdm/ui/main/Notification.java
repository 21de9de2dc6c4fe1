package org.bigvdm.ui.main;

/**
 * A message for the user; {@code seq} makes the same text shown twice fire twice.
 *
 * @param untilRead true for a result that stays until the user closes it (a purge's), false for
 *                  a brief note in the status bar
 */
public record Notification(String text, long seq, boolean untilRead) {
    public Notification(String text, long seq) {
        this(text, seq, false);
    }
}
