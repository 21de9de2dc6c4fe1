package org.bigvdm.ui.main;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Brief messages for the status bar (a change worked, an id was copied, the demo could not
 * start), from whoever has something to say. UI thread only.
 */
public final class Notifications {
    private final ReadOnlyObjectWrapper<Notification> latest = new ReadOnlyObjectWrapper<>();
    private long seq;

    public void notify(String text) {
        latest.set(new Notification(text, ++seq));
    }

    /** A result that stays on screen until the user closes it (what a change did). */
    public void notifyUntilRead(String text) {
        latest.set(new Notification(text, ++seq, true));
    }

    /** The last message; a new one with the same text is still a new value. */
    public ReadOnlyObjectProperty<Notification> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
