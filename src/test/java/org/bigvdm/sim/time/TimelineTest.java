package org.bigvdm.sim.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.sim.testing.MutableClock;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final Timeline timeline = new Timeline(clock);
    private final List<String> ran = new ArrayList<>();

    private Timeline.Transition record(String what) {
        return due -> ran.add(what + "@" + Duration.between(START, due).toSeconds());
    }

    @Test
    void nothingRunsBeforeItsTime() {
        timeline.after("a", Duration.ofSeconds(3), record("a"));
        clock.advance(Duration.ofMillis(2999));
        assertThat(timeline.runDue()).isZero();
        assertThat(timeline.pending("a")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(timeline.runDue()).isEqualTo(1);
        assertThat(ran).containsExactly("a@3");
        assertThat(timeline.pending("a")).isFalse();
        assertThat(timeline.runDue()).as("once only").isZero();
    }

    @Test
    void dueTransitionsRunOldestFirstAndTiesInTheOrderScheduled() {
        timeline.after("late", Duration.ofSeconds(5), record("late"));
        timeline.after("early", Duration.ofSeconds(1), record("early"));
        timeline.after("tie1", Duration.ofSeconds(2), record("tie1"));
        timeline.after("tie2", Duration.ofSeconds(2), record("tie2"));
        assertThat(timeline.pendingByKey()).containsOnlyKeys("early", "tie1", "tie2", "late");
        assertThat(timeline.pendingByKey().keySet()).containsExactly("early", "tie1", "tie2", "late");
        clock.advance(Duration.ofSeconds(10));
        timeline.runDue();
        assertThat(ran).containsExactly("early@1", "tie1@2", "tie2@2", "late@5");
    }

    @Test
    void theSameKeyReplacesAndCancelDrops() {
        timeline.after("k", Duration.ofSeconds(1), record("first"));
        timeline.after("k", Duration.ofSeconds(2), record("second"));
        assertThat(timeline.dueAt("k")).contains(START.plusSeconds(2));
        timeline.after("gone", Duration.ofSeconds(1), record("gone"));
        assertThat(timeline.cancel("gone")).isTrue();
        assertThat(timeline.cancel("gone")).isFalse();
        clock.advance(Duration.ofSeconds(5));
        timeline.runDue();
        assertThat(ran).containsExactly("second@2");
    }

    @Test
    void cancelAllByPrefixAndClear() {
        timeline.after("vm/1/powerdown", Duration.ZERO, record("1"));
        timeline.after("vm/1/backup", Duration.ZERO, record("1b"));
        timeline.after("vm/2/powerdown", Duration.ZERO, record("2"));
        assertThat(timeline.cancelAll("vm/1/")).isEqualTo(2);
        assertThat(timeline.nextDue()).contains(START);
        timeline.clear();
        assertThat(timeline.nextDue()).isEmpty();
        assertThat(timeline.runDue()).isZero();
        assertThat(ran).isEmpty();
    }

    /** A recurring transition schedules its next run from its own due time and catches up after a jump. */
    @Test
    void recurringWorkCatchesUpInOneRun() {
        Duration day = Duration.ofDays(1);
        Timeline.Transition[] daily = new Timeline.Transition[1];
        daily[0] = due -> {
            ran.add("backup@" + Duration.between(START, due).toDays());
            timeline.at("daily", due.plus(day), daily[0]);
        };
        timeline.after("daily", day, daily[0]);
        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThat(timeline.runDue()).isEqualTo(3);
        assertThat(ran).containsExactly("backup@1", "backup@2", "backup@3");
        assertThat(timeline.dueAt("daily")).contains(START.plus(Duration.ofDays(4)));
    }

    @Test
    void aFailingTransitionDoesNotStopTheOthers() {
        timeline.after("bad", Duration.ZERO, due -> {
            throw new IllegalStateException("boom");
        });
        timeline.after("good", Duration.ZERO, record("good"));
        assertThat(timeline.runDue()).isEqualTo(2);
        assertThat(ran).containsExactly("good@0");
    }

    /** Called from inside a transition, runDue returns at once; the outer run keeps the order. */
    @Test
    void runDueInsideATransitionDoesNothing() {
        AtomicInteger inner = new AtomicInteger(-1);
        timeline.after("outer", Duration.ZERO, due -> inner.set(timeline.runDue()));
        timeline.after("next", Duration.ZERO, record("next"));
        assertThat(timeline.runDue()).isEqualTo(2);
        assertThat(inner.get()).isZero();
        assertThat(ran).containsExactly("next@0");
    }

    @Test
    void listenersHearOfEveryScheduledTime() {
        List<Instant> heard = new ArrayList<>();
        timeline.onScheduled(heard::add);
        timeline.after("a", Duration.ofSeconds(4), record("a"));
        assertThat(heard).containsExactly(START.plusSeconds(4));
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertThatThrownBy(() -> timeline.after("a", Duration.ofSeconds(-1), record("a")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** On the real clock the waker applies transitions with nobody calling runDue. */
    @Test
    void theWakerRunsTransitionsOnTheRealClock() {
        var timer = Executors.newSingleThreadScheduledExecutor();
        try {
            Timeline real = new Timeline(Clock.systemUTC());
            RealTimeWaker.attach(real, timer);
            AtomicInteger done = new AtomicInteger();
            real.after("soon", Duration.ofMillis(20), due -> done.incrementAndGet());
            Await.until(Duration.ofSeconds(5), () -> done.get() == 1);
            assertThat(real.pending("soon")).isFalse();
        } finally {
            timer.shutdownNow();
        }
    }
}
