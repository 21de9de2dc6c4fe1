package org.bigvdm.ui.dialogs;

import java.util.Optional;
import org.bigvdm.api.model.Disc;

/**
 * How the main window opens the disc dialogs. Each call blocks until the dialog closes and gives
 * the server's answer on success, or empty when cancelled (or the outcome became unknown).
 * Tests answer it directly; {@code view.FxDiscDialogs} shows real dialogs.
 *
 * <pre>{@code
 * ServerContext ctx = ServerContext.of(ref, vm, definitions);
 * var create = new CreateDiscViewModel(api, taskRunner, ctx);
 * create.setOnOutcomeUnknown(() -> reloadServer(ref));   // timeout/reset/5xx: read again
 * dialogs.create(create).ifPresent(disc -> { reloadServer(ref); select(disc); notify(...); });
 * }</pre>
 */
public interface DiscDialogs {
    Optional<Disc> create(CreateDiscViewModel vm);

    Optional<Disc> resize(ResizeDiscViewModel vm);

    Optional<Disc> relabel(RelabelDiscViewModel vm);

    /** True when the disc was purged. */
    boolean purge(PurgeDiscViewModel vm);
}
