package org.bigvdm.api.model;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One String object for each of the few values many records repeat (a grade, a storage pool, a
 * zone, "root" or "vda" as a label): a read of 10,000 servers made 77,574 copies of three grade
 * names and six pool names, ~12 MB of the estate's heap, all copied again by the collector while
 * the UI thread waited. The pool is bounded; values past it, and long ones, stay as they came.
 */
final class SharedText {
    static final int MAX_VALUES = 4096;
    static final int MAX_LENGTH = 48;
    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private SharedText() {
    }

    /** The pooled String equal to {@code text}, or {@code text} itself (null stays null). */
    static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        String known = POOL.get(text);
        if (known != null) {
            return known;
        }
        if (POOL.size() >= MAX_VALUES) {
            return text;
        }
        known = POOL.putIfAbsent(text, text);
        return known != null ? known : text;
    }
}
