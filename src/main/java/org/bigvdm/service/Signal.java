package org.bigvdm.service;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Something that happens now and then (a change finished, a sign-in is needed), told to every
 * subscriber in the order they subscribed. Unlike a property it keeps no last value.
 */
public final class Signal<T> {
    private final List<Consumer<? super T>> subscribers = new CopyOnWriteArrayList<>();

    public void subscribe(Consumer<? super T> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber));
    }

    public void emit(T event) {
        subscribers.forEach(s -> s.accept(event));
    }
}
