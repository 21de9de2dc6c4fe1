package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.error.UnauthorizedException;
import org.bigvdm.testutil.QueueExecutor;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final List<String> events = new ArrayList<>();
    private final QueueExecutor background = QueueExecutor.queued();
    private final TaskRunner runner = new ExecutorTaskRunner(background, Runnable::run);

    private BackgroundTask<String> recorded(Work<String> work) {
        return runner.task("Working", work)
                .onSuccess(v -> events.add("success " + v))
                .onFailure(e -> events.add("failure " + e.kind()))
                .onFinished(() -> events.add("finished"));
    }

    @Test
    void finishedRunsFirstThenTheHandlersInTheOrderAdded() {
        recorded(() -> "42").onSuccess(v -> events.add("second")).start();
        assertThat(events).isEmpty();

        background.runNext();

        assertThat(events).containsExactly("finished", "success 42", "second");
    }

    @Test
    void aFailureArrivesInWordsAndKind() {
        recorded(() -> {
            throw new UnauthorizedException("401");
        }).start();
        background.runNext();
        assertThat(events).containsExactly("finished", "failure SIGN_IN_NEEDED");
    }

    @Test
    void cancellingFinishesAtOnceAndDropsTheAnswer() {
        Job job = recorded(() -> "late").start();
        job.cancel();
        assertThat(events).containsExactly("finished");
        assertThat(job.isDone()).isTrue();
        assertThat(job.isCancelled()).isTrue();

        background.runNext();
        job.cancel();
        assertThat(events).containsExactly("finished");
        assertThat(runner.operations().running()).isEmpty();
    }

    @Test
    void progressReachesTheRunningEntryAndItsCancelStopsTheWaiting() {
        List<Boolean> seenCancelled = new ArrayList<>();
        runner.taskWithProgress("Waiting for db1", progress -> {
            progress.update(0.25, "waiting for db1 to power off, 12 s");
            runner.operations().running().get(0).cancel();
            seenCancelled.add(progress.isCancelled());
            return "off";
        }).onSuccess(v -> events.add("success " + v)).onFinished(() -> events.add("finished")).start();
        RunningOperations.Entry entry = runner.operations().running().get(0);

        background.runNext();

        assertThat(entry.messageProperty().get()).isEqualTo("waiting for db1 to power off, 12 s");
        assertThat(entry.progressProperty().get()).isEqualTo(0.25);
        assertThat(seenCancelled).containsExactly(true);
        assertThat(events).containsExactly("finished");
        assertThat(runner.operations().running()).isEmpty();
    }

    @Test
    void aTaskStartsOnce() {
        BackgroundTask<String> task = recorded(() -> "x");
        task.start();
        assertThatThrownBy(task::start).isInstanceOf(IllegalStateException.class);
        assertThat(background.isEmpty()).isFalse();
    }

    @Test
    void theStatusBarSaysWhatRuns() {
        runner.task("Loading servers", () -> 1).start();
        runner.task("Reading web1", () -> 2).start();
        assertThat(runner.operations().summaryProperty().get()).isEqualTo("Loading servers… (+1 more)");
        background.runNext();
        assertThat(runner.operations().summaryProperty().get()).isEqualTo("Reading web1…");
        background.runNext();
        assertThat(runner.operations().summaryProperty().get()).isEmpty();
    }
}
