package org.bigvdm.sim.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The fault settings, changed at any time from any thread. Counted faults ({@code failNext},
 * {@code dropNext}, {@code malformedNext}) are used up one per request; the random share uses
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
        if (failShare > 0 && random.nextDouble() < failShare) {
            return new Fault.Fail(failShareStatus);
        }
        if (malformedNext > 0) {
            malformedNext--;
            return new Fault.Malformed();
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

    /** No faults, and the random share starts again from the seed. */
    public synchronized void clear() {
        latencyMs = 0;
        failNextCount = 0;
        failShare = 0;
        failShareStatus = 503;
        dropNext = 0;
        malformedNext = 0;
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
        return m;
    }
}
