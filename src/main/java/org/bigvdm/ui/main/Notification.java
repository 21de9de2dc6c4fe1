package org.bigvdm.ui.main;

/** A brief message for the user; {@code seq} makes the same text shown twice fire twice. */
public record Notification(String text, long seq) {
}
