package org.bigvdm.service;

/** Lets long work say how far it got and see whether it was cancelled. */
public interface Progress {
    /** Fraction done, 0..1, or negative for "unknown". Callable from any thread. */
    void update(double fraction, String message);

    boolean isCancelled();

    /** A Progress that records nothing, for work run outside a job. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
