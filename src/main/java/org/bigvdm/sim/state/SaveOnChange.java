package org.bigvdm.sim.state;

import java.util.function.Consumer;

/**
 * Hands every changed estate to a saver (the data file) and remembers the last one it took. When
 * a save fails, the estate goes back to that one and the change fails with a 500: a change that
 * was not saved was not made, rather than acknowledged and lost at the next restart.
 * Used under the estate's write lock, so saves happen in order.
 */
final class SaveOnChange {
    private final Consumer<Snapshot> save;
    private Snapshot lastSaved;

    SaveOnChange(Consumer<Snapshot> save, Snapshot current) {
        this.save = save;
        this.lastSaved = current;
    }

    /** Saves {@code now}; if that fails, calls {@code restore} with the last saved estate and throws. */
    void changed(Snapshot now, Consumer<Snapshot> restore) {
        try {
            save.accept(now);
            lastSaved = now;
        } catch (RuntimeException e) {
            restore.accept(lastSaved);
            throw SimError.notSaved(e);
        }
    }
}
