package org.bigvdm.ui.dialogs;

import java.util.Optional;
import org.bigvdm.api.model.Disc;

/**
 * How the main window opens the disc dialogs. Each call blocks until the dialog closes and gives
 * the server's answer on success, or empty when cancelled (or the outcome became unknown).
 * The server is read again by the change service, whatever the outcome; tests answer this
 * directly, and the app shows the real dialogs.
 *
 * <pre>{@code
 * var create = new CreateDiscViewModel(changes, ServerContext.of(server, access, definitions));
 * dialogs.create(create).ifPresent(disc -> notify("Created " + disc.label()));
 * }</pre>
 */
public interface DiscDialogs {
    Optional<Disc> create(CreateDiscViewModel vm);

    Optional<Disc> resize(ResizeDiscViewModel vm);

    Optional<Disc> relabel(RelabelDiscViewModel vm);

    /** True when the disc was purged. */
    boolean purge(PurgeDiscViewModel vm);
}
