package org.bigvdm.sim.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timed state transitions on an injected clock. Thread-safe. Use:
 * <pre>{@code
 * timeline.after("vm/42/powerdown", Duration.ofSeconds(3), due -> state.finishPowerdown(42));
 * timeline.pending("vm/42/powerdown");   // true until it ran or was cancelled
 * timeline.cancel("vm/42/powerdown");    // e.g. a hard stop came first
 * timeline.runDue();                     // applies what is due by now, oldest first
 * }</pre>
 * Recurring work reschedules itself from its due time:
 * {@code timeline.at(key, due.plus(interval), this)} inside its own transition.
 *
 * <p>Locking: scheduling never waits for a running transition, so it may be called from inside
 * one or while holding another lock. {@link #runDue()} runs transitions one at a time (callers
 * queue behind each other, so transitions apply in time order); it must not be called while
 * holding a lock a transition takes. Called from inside a transition it returns at once.
 */
public final class Timeline {
    private static final Logger LOG = LoggerFactory.getLogger(Timeline.class);
    /** A transition that keeps rescheduling itself for "now" would otherwise never let go. */
    private static final int MAX_PER_RUN = 100_000;

    /** What happens at a given time; {@code due} is when it was meant to happen. */
    @FunctionalInterface
    public interface Transition {
        void apply(Instant due);
    }

    private record Entry(String key, Instant due, long order, Transition transition) {
    }

    private final Clock clock;
    private final Object queueLock = new Object();
    private final ReentrantLock runLock = new ReentrantLock();
    private final List<Consumer<Instant>> scheduledListeners = new CopyOnWriteArrayList<>();
    // Guarded by queueLock. byKey holds the live entry of each key; replaced ones stay in the
    // queue until popped and are skipped then.
    private final PriorityQueue<Entry> queue = new PriorityQueue<>(
            (a, b) -> a.due.equals(b.due) ? Long.compare(a.order, b.order) : a.due.compareTo(b.due));
    private final Map<String, Entry> byKey = new HashMap<>();
    private long order;

    public Timeline(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Schedules {@code transition} for {@code due}, replacing what {@code key} had pending. */
    public void at(String key, Instant due, Transition transition) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(transition, "transition");
        synchronized (queueLock) {
            Entry e = new Entry(key, due, order++, transition);
            byKey.put(key, e);
            queue.add(e);
        }
        for (Consumer<Instant> listener : scheduledListeners) {
            listener.accept(due);
        }
    }

    /** Schedules {@code transition} {@code delay} from now on the clock (zero: due at once). */
    public void after(String key, Duration delay, Transition transition) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        at(key, now().plus(delay), transition);
    }

    public boolean pending(String key) {
        synchronized (queueLock) {
            return byKey.containsKey(key);
        }
    }

    /** When {@code key}'s transition is due, if one is pending. */
    public Optional<Instant> dueAt(String key) {
        synchronized (queueLock) {
            Entry e = byKey.get(key);
            return e == null ? Optional.empty() : Optional.of(e.due);
        }
    }

    /** Drops {@code key}'s pending transition; true if there was one. */
    public boolean cancel(String key) {
        synchronized (queueLock) {
            return byKey.remove(key) != null;
        }
    }

    /** Drops every pending transition whose key starts with {@code prefix}; how many went. */
    public int cancelAll(String prefix) {
        synchronized (queueLock) {
            List<String> gone = new ArrayList<>();
            for (String key : byKey.keySet()) {
                if (key.startsWith(prefix)) {
                    gone.add(key);
                }
            }
            gone.forEach(byKey::remove);
            return gone.size();
        }
    }

    /** Drops everything pending, e.g. when the estate is replaced. */
    public void clear() {
        synchronized (queueLock) {
            byKey.clear();
            queue.clear();
        }
    }

    /** The earliest pending instant. */
    public Optional<Instant> nextDue() {
        synchronized (queueLock) {
            Entry head = liveHead();
            return head == null ? Optional.empty() : Optional.of(head.due);
        }
    }

    /** The keys pending, soonest first, with their due instants (for the control endpoint and tests). */
    public Map<String, Instant> pendingByKey() {
        synchronized (queueLock) {
            var sorted = new ArrayList<>(byKey.values());
            sorted.sort(queue.comparator());
            var out = new LinkedHashMap<String, Instant>();
            sorted.forEach(e -> out.put(e.key, e.due));
            return out;
        }
    }

    /** Called with the due instant of every newly scheduled transition (the real-time waker hooks in). */
    public void onScheduled(Consumer<Instant> listener) {
        scheduledListeners.add(Objects.requireNonNull(listener));
    }

    /**
     * Applies, oldest first, every transition due by the clock's current reading, including
     * ones those transitions schedule for a time already passed. A transition that throws is
     * logged and dropped; the others still run. Returns how many ran.
     */
    public int runDue() {
        if (runLock.isHeldByCurrentThread()) {
            return 0; // from inside a transition: the outer call carries on in order
        }
        if (!runLock.isLocked() && !due(now())) {
            return 0; // the common case, every request: no lock taken
        }
        runLock.lock();
        try {
            int ran = 0;
            Entry next;
            while (ran < MAX_PER_RUN && (next = popDue(now())) != null) {
                try {
                    next.transition.apply(next.due);
                } catch (RuntimeException e) {
                    LOG.warn("Simulated transition {} failed", next.key, e);
                }
                ran++;
            }
            if (ran == MAX_PER_RUN) {
                LOG.warn("Stopped after {} simulated transitions in one run; the rest wait", ran);
            }
            return ran;
        } finally {
            runLock.unlock();
        }
    }

    private boolean due(Instant now) {
        synchronized (queueLock) {
            Entry head = liveHead();
            return head != null && !head.due.isAfter(now);
        }
    }

    private Entry popDue(Instant now) {
        synchronized (queueLock) {
            Entry head = liveHead();
            if (head == null || head.due.isAfter(now)) {
                return null;
            }
            queue.poll();
            byKey.remove(head.key);
            return head;
        }
    }

    /** The first queue entry still live for its key, dropping replaced and cancelled ones. */
    private Entry liveHead() {
        Entry head;
        while ((head = queue.peek()) != null && byKey.get(head.key) != head) {
            queue.poll();
        }
        return head;
    }
}
