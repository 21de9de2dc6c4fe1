package org.bigvdm.ui.move;

import java.util.List;
import java.util.Optional;
import org.bigvdm.service.ServerEntry;

/** What a move asks the user. The app shows dialogs; tests answer directly. */
public interface MoveDialogs {

    /** The server picker: the chosen server, or empty when cancelled. */
    Optional<ServerEntry> pickTarget(MovePickerViewModel picker);

    /**
     * Both servers must be off: offer to shut {@code running} down cleanly first (the move is
     * sent once they are off). True when the user agrees.
     */
    boolean offerShutdown(String reason, List<String> running);

    /** The move cannot be made, or failed: why, in words. */
    void explain(String title, String reason);
}
