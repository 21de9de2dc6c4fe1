package org.bigvdm.sim.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The fault settings, changed at any time from any thread. Counted faults ({@code failNext},
 * {@code dropNext}, {@code hangNext}, {@code malformedNext}, {@code emptyNext}, {@code slowNext})
 * are used up one per request; the random share uses
 * its own seeded generator, so the same seed fails the same requests in the same order.
 */
public final class Faults {
    private final long seed;
    private Random random;
    private long latencyMs;
    private int failNextStatus = 503;
    private int failNextCount;
    private double failShare;
    private int failShareStatus = 503;
    private int dropNext;
    private int malformedNext;
    private int emptyNext;
    private int hangNext;
    private long hangMs;
    private int slowNext;
    private long slowMs;

    public Faults(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Decides what happens to the next request and uses up any counted fault it takes. */
    public synchronized Fault next() {
        if (dropNext > 0) {
            dropNext--;
            return new Fault.Drop();
        }
        if (failNextCount > 0) {
            failNextCount--;
            return new Fault.Fail(failNextStatus);
        }
        if (hangNext > 0) {
            hangNext--;
            return new Fault.Hang(hangMs);
        }
        if (failShare > 0 && random.nextDouble() < failShare) {
            return new Fault.Fail(failShareStatus);
        }
        if (malformedNext > 0) {
            malformedNext--;
            return new Fault.Malformed();
        }
        if (emptyNext > 0) {
            emptyNext--;
            return new Fault.Empty();
        }
        if (slowNext > 0) {
            slowNext--;
            return new Fault.Slow(slowMs);
        }
        return Fault.NONE;
    }

    public synchronized Faults latency(Duration latency) {
        this.latencyMs = latency == null ? 0 : latency.toMillis();
        return this;
    }

    public synchronized long latencyMs() {
        return latencyMs;
    }

    /** The next {@code count} requests answer {@code status}. */
    public synchronized Faults failNext(int count, int status) {
        this.failNextCount = count;
        this.failNextStatus = status;
        return this;
    }

    /** A share (0..1) of requests answer {@code status}. */
    public synchronized Faults failShare(double share, int status) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be between 0 and 1");
        }
        this.failShare = share;
        this.failShareStatus = status;
        return this;
    }

    /** The next {@code count} requests get their connection closed with no answer. */
    public synchronized Faults dropNext(int count) {
        this.dropNext = count;
        return this;
    }

    /** The next {@code count} requests are handled but answered with a broken JSON body. */
    public synchronized Faults malformedNext(int count) {
        this.malformedNext = count;
        return this;
    }

    /** The next {@code count} requests are handled but answered 2xx with an empty body (a 204 as 200). */
    public synchronized Faults emptyNext(int count) {
        this.emptyNext = count;
        return this;
    }

    /**
     * The next {@code count} requests are never handled: the connection is closed unanswered after
     * {@code after}. A client that waits less sees a time-out, and nothing was done.
     */
    public synchronized Faults hangNext(int count, Duration after) {
        this.hangNext = count;
        this.hangMs = after.toMillis();
        return this;
    }

    /**
     * The next {@code count} requests are handled at once, and their answer is sent only after
     * {@code delay}: unlike {@link #latency}, which delays the handling too, the change is made
     * before a client that waits less gives up.
     */
    public synchronized Faults slowNext(int count, Duration delay) {
        this.slowNext = count;
        this.slowMs = delay.toMillis();
        return this;
    }

    /** No faults, and the random share starts again from the seed. */
    public synchronized void clear() {
        latencyMs = 0;
        failNextCount = 0;
        failShare = 0;
        failShareStatus = 503;
        dropNext = 0;
        malformedNext = 0;
        emptyNext = 0;
        hangNext = 0;
        slowNext = 0;
        random = new Random(seed);
    }

    /** The settings as the control endpoint shows them. */
    public synchronized Map<String, Object> describe() {
        var m = new LinkedHashMap<String, Object>();
        m.put("latency_ms", latencyMs);
        m.put("fail_next", Map.of("count", failNextCount, "status", failNextStatus));
        m.put("fail_share", Map.of("share", failShare, "status", failShareStatus));
        m.put("drop_next", dropNext);
        m.put("malformed_next", malformedNext);
        m.put("empty_next", emptyNext);
        m.put("hang_next", Map.of("count", hangNext, "after_ms", hangMs));
        m.put("slow_next", Map.of("count", slowNext, "delay_ms", slowMs));
        return m;
    }
}
