package org.bigvdm.service;

/** A piece of blocking work (usually an API call) run off the FX thread. */
@FunctionalInterface
public interface Work<T> {
    T run() throws Exception;
}
