package org.bigvdm.ui.main;

import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.discs.DiscRow;

/**
 * What the main window asks for when the user picks a disc action. The app implements it with
 * the real dialogs; tests answer it directly.
 */
public interface DiscActions {
    void create(ServerEntry server);

    void resize(DiscRow disc);

    void relabel(DiscRow disc);

    void purge(DiscRow disc);
}
