package org.bigvdm.sim.state;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Finding an account, group or server by the path segment that names it. */
final class References {
    private References() {
    }

    /** An all-digit reference is tried as an id first, then as a name; 404 if neither matches. */
    static <T> T find(Iterable<T> items, String ref, ToLongFunction<T> id, Function<T, String> name, String what) {
        if (!ref.isEmpty() && ref.chars().allMatch(Character::isDigit)) {
            for (T item : items) {
                if (String.valueOf(id.applyAsLong(item)).equals(ref)) {
                    return item;
                }
            }
        }
        for (T item : items) {
            if (ref.equals(name.apply(item))) {
                return item;
            }
        }
        throw SimError.notFound(what);
    }
}
