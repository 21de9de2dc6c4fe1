package org.bigvdm.service;

/**
 * Something worked out from a whole estate, once per estate (see {@link Estate#derive}): say, the
 * tree's node for every server. Asked for with {@link EstateService#deriveOnRead}, it is worked out
 * on the worker with each read, so the UI thread finds it done. Must not touch JavaFX or depend on
 * anything but the estate, as it may run on any thread.
 */
@FunctionalInterface
public interface EstateDerivation<T> {
    /**
     * @param previous the estate this one replaces, whose value ({@link Estate#derivedIfDone}) may
     *                 be reused for what the two share (see {@link Estate#read}); null if none
     */
    T of(Estate estate, Estate previous);
}
