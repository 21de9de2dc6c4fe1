package org.bigvdm.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.Job;
import org.bigvdm.service.Progress;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.QueueExecutor;
import org.junit.jupiter.api.Test;

/** Jobs: running operations with progress, time left and Cancel; migrations from the overview without. */
class JobsViewModelTest {
    private final QueueExecutor worker = QueueExecutor.queued();
    private final ExecutorTaskRunner runner = new ExecutorTaskRunner(worker, Runnable::run);
    private final long[] now = {0};
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(Estate.EMPTY);
    private final JobsViewModel vm = new JobsViewModel(runner.operations(), estate, () -> now[0]);

    @Test
    void aRunningOperationShowsItsProgressAndTimeLeftAndCancelStopsTheWaiting() {
        Progress[] seen = new Progress[1];
        boolean[] finished = {false};
        Job job = runner.submitWithProgress("Shutting down db1", p -> {
            seen[0] = p;
            p.update(0.25, "waiting for db1 to power off");
            return null;
        }, r -> finished[0] = true, e -> { }, () -> { });

        assertThat(vm.jobs()).singleElement().satisfies(j -> {
            assertThat(j.title()).isEqualTo("Shutting down db1");
            assertThat(j.cancellable()).isTrue();
            assertThat(j.cancelNote()).isEqualTo(JobsViewModel.CANCEL_STOPS_WAITING);
        });
        now[0] = 30_000_000_000L;   // 30 s for the first quarter
        worker.runNext();
        // the worker finished its step, so the job has left the list
        assertThat(vm.jobs()).isEmpty();
        assertThat(finished[0]).isTrue();
        assertThat(job.isDone()).isTrue();
    }

    @Test
    void progressWithTheTimeLeftFromThePaceSoFar() {
        assertThat(JobsViewModel.eta(0.25, 30_000_000_000L)).isEqualTo("about 2 min left");
        assertThat(JobsViewModel.eta(0.5, 20_000_000_000L)).isEqualTo("about 20 s left");
        assertThat(JobsViewModel.eta(0.01, 20_000_000_000L)).as("too little known").isEmpty();
        assertThat(JobsViewModel.eta(Progress.UNKNOWN, 20_000_000_000L)).isEmpty();
    }

    @Test
    void cancellingAJobFromTheListStopsItsWaiting() {
        boolean[] cancelled = {false};
        runner.submitWithProgress("Taking a backup", p -> null, r -> { }, e -> { }, () -> cancelled[0] = true);

        vm.jobs().get(0).cancel();

        assertThat(cancelled[0]).isTrue();
        assertThat(vm.jobs()).isEmpty();
    }

    @Test
    void migrationsFromTheOverviewAreJobsWithoutCancel() {
        Disc moving = new Disc(102, "data", 51200, "ssd", "tail1", 11L, null, null, "archive", "tail2", 40, 300, 50);
        Group g = new Group(1, 1, "default", List.of(EstateFixtures.vm(11, "web1", 1, true, false, moving)));
        estate.set(new Estate(List.of(new Account(1, "acme", false, List.of(g)))));

        assertThat(vm.jobs()).singleElement().satisfies(j -> {
            assertThat(j.title()).isEqualTo("Migrating disc data on web1");
            assertThat(j.progressProperty().get()).isEqualTo(0.4);
            assertThat(j.detailProperty().get()).isEqualTo("40% · about 5 min left");
            assertThat(j.cancellable()).isFalse();
        });

        estate.set(Estate.EMPTY);
        assertThat(vm.jobs()).isEmpty();
    }
}
