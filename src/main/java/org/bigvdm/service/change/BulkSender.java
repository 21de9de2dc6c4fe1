package org.bigvdm.service.change;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.bigvdm.service.Job;

/**
 * Sends many changes, each through {@link ChangeService} exactly as a single change is sent (so
 * each is re-read, journaled and told to subscribers on its own): one at a time, or at most
 * {@link #MAX_PARALLEL} at once. Nothing is retried. A cancel stops the rows not yet sent; the
 * ones on their way finish. After an answer that needs a sign-in, nothing more is sent.
 * Works on any {@link ChangeRequest}: disc resizes, backups, power changes alike. UI thread only.
 */
public final class BulkSender {
    public static final int MAX_PARALLEL = 4;

    /** What becomes of each row (by its index in the list given to {@link #start}). UI thread. */
    public interface Listener {
        /** The row's request is on its way. */
        void sending(int row);

        /** The row's change is over and what it touched was read again. */
        void finished(int row, FinishedChange finished);

        /** The row was never sent (cancelled, or stopped after a sign-in was needed), or its wait was dropped. */
        void stopped(int row);

        /** Every row is finished or stopped. */
        default void over() {
        }
    }

    private final ChangeService changes;
    private final Map<Change, Consumer<FinishedChange>> waiting = new IdentityHashMap<>();

    public BulkSender(ChangeService changes) {
        this.changes = Objects.requireNonNull(changes);
        changes.subscribe(f -> {
            Consumer<FinishedChange> row = waiting.remove(f.change());
            if (row != null) {
                row.accept(f);
            }
        });
    }

    /** Starts sending; {@code parallel} is clamped to 1..{@link #MAX_PARALLEL}. */
    public Run start(List<? extends ChangeRequest<?>> requests, int parallel, Listener listener) {
        Run run = new Run(List.copyOf(requests), Math.max(1, Math.min(MAX_PARALLEL, parallel)), listener);
        run.pump();
        return run;
    }

    /** One bulk run: cancel it to leave the rows not yet sent unsent. */
    public final class Run {
        private final List<ChangeRequest<?>> requests;
        private final int parallel;
        private final Listener listener;
        private int next;
        private int inFlight;
        private boolean stopped;
        private boolean over;

        private Run(List<ChangeRequest<?>> requests, int parallel, Listener listener) {
            this.requests = requests;
            this.parallel = parallel;
            this.listener = Objects.requireNonNull(listener);
        }

        /** Sends nothing more; rows already on their way still finish. */
        public void cancel() {
            if (stopped) {
                return;
            }
            stopped = true;
            while (next < requests.size()) {
                listener.stopped(next++);
            }
            endIfDone();
        }

        public boolean isOver() {
            return over;
        }

        private void pump() {
            while (!stopped && inFlight < parallel && next < requests.size()) {
                send(next++);
            }
            endIfDone();
        }

        private void send(int row) {
            ChangeRequest<?> request = requests.get(row);
            inFlight++;
            listener.sending(row);
            waiting.put(request.change(), finished -> {
                inFlight--;
                listener.finished(row, finished);
                if (finished.outcome().status() == ChangeOutcome.Status.SIGN_IN_NEEDED) {
                    cancel();
                }
                pump();
            });
            Job[] job = new Job[1];
            job[0] = changes.prepare(request, outcome -> { }, () -> { })
                    .onFinished(() -> {
                        // only a wait dropped from the jobs list ends here without an answer
                        if (job[0] != null && job[0].isCancelled() && waiting.remove(request.change()) != null) {
                            inFlight--;
                            listener.stopped(row);
                            pump();
                        }
                    })
                    .start();
        }

        private void endIfDone() {
            if (!over && inFlight == 0 && next >= requests.size()) {
                over = true;
                listener.over();
            }
        }
    }
}
