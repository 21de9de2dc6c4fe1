package org.bigvdm.service;

/** Blocking work that reports how far it got and stops when {@link Progress#isCancelled()}. */
@FunctionalInterface
public interface ProgressWork<T> {
    T run(Progress progress) throws Exception;
}
