package org.bigvdm.sim.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests the simulator received, per method and raw path ({@code "PUT
 * /accounts/acme-web/.../discs/12"}; query left out), whatever became of them (refused, faulted,
 * answered). Control requests ({@code /_sim/}) are not counted. Tests read it to prove that a
 * write was sent exactly once. At most {@value #MAX_KEYS} different paths are kept apart (a
 * client sending endless made-up paths must not grow the simulator's heap, which in the demo is
 * the app's); later new ones count under {@value #OTHER}.
 */
public final class RequestLog {
    static final int MAX_KEYS = 4096;
    static final String OTHER = "(other paths)";

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void record(String method, String rawPath) {
        String key = key(method, rawPath);
        AtomicInteger n = counts.get(key);
        if (n == null) {
            n = counts.computeIfAbsent(counts.size() < MAX_KEYS ? key : OTHER, k -> new AtomicInteger());
        }
        n.incrementAndGet();
    }

    /** Requests with this method to this raw path (percent-encoded as sent). */
    public int count(String method, String rawPath) {
        AtomicInteger n = counts.get(key(method, rawPath));
        return n == null ? 0 : n.get();
    }

    /** Every {@code "METHOD /path"} received since the last {@link #clear()}, with its count, sorted. */
    public Map<String, Integer> all() {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    /** Requests whose method is not GET (or HEAD): the ones that could change something. */
    public int writes() {
        return all().entrySet().stream().filter(e -> !e.getKey().startsWith("GET ") && !e.getKey().startsWith("HEAD ")
                        && !e.getKey().equals(OTHER))
                .mapToInt(Map.Entry::getValue).sum();
    }

    public void clear() {
        counts.clear();
    }

    private static String key(String method, String rawPath) {
        return method + " " + rawPath;
    }
}
