package org.bigvdm.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's picture of the estate, read with one overview request and kept fresh by re-reading
 * only what changed. All properties change on the UI thread only (through the TaskRunner).
 * A newer full load supersedes an older one: the older result is dropped, never shown.
 */
public final class EstateService {
    private static final Logger LOG = LoggerFactory.getLogger(EstateService.class);
    private final BrainAccess session;
    private final TaskRunner runner;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Estate> estate = new ReadOnlyObjectWrapper<>(Estate.EMPTY);
    private final ReadOnlyObjectWrapper<Definitions> definitions =
            new ReadOnlyObjectWrapper<>(new Definitions(null, null, null));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastUpdated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>();
    /** Worked out on the worker with every full read: see {@link #deriveOnRead}. */
    private final List<EstateDerivation<?>> derivations = new CopyOnWriteArrayList<>();

    private Job fullLoad;
    private boolean definitionsLoading;

    /**
     * @param session supplies the current client (a new sign-in swaps it without rebuilding the
     *                service) and hears when a read met an expired session
     */
    public EstateService(BrainAccess session, TaskRunner runner, Clock clock) {
        this.session = Objects.requireNonNull(session);
        this.runner = Objects.requireNonNull(runner);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Has {@code derivation} worked out on the worker with each full read, before the estate is
     * shown: what the UI thread would otherwise do for every server at once when the read lands.
     */
    public void deriveOnRead(EstateDerivation<?> derivation) {
        derivations.add(derivation);
    }

    public ReadOnlyObjectProperty<Estate> estateProperty() {
        return estate.getReadOnlyProperty();
    }

    public Estate estate() {
        return estate.get();
    }

    public ReadOnlyObjectProperty<Definitions> definitionsProperty() {
        return definitions.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the first full load has arrived: until then the UI shows a loading state. */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return loadedOnce.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastUpdatedProperty() {
        return lastUpdated.getReadOnlyProperty();
    }

    /** The last load's failure, or null when the last load worked. */
    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Another endpoint or user: the grade list belongs to the old one. The next refresh reads
     * the grades again.
     */
    public void forgetEndpointState() {
        definitions.set(new Definitions(null, null, null));
    }

    /** Reads everything with one overview request; a load still running is superseded. */
    public void refreshAll() {
        if (fullLoad != null && !fullLoad.isDone()) {
            fullLoad.cancel();
        }
        if (definitions.get().storageGrades().isEmpty() && !definitionsLoading) {
            // the first read of the grades failed: without them the create dialog offers too little
            loadDefinitions();
        }
        loading.set(true);
        // the Estate (its indexes of every server) is built on the worker, not on the UI thread,
        // sharing what did not change with the one shown, so the views redo only what did
        Estate shown = estate.get();
        fullLoad = runner.task("Loading servers", () -> {
                    Estate read = Estate.read(session.api().overview(), shown);
                    derivations.forEach(d -> read.derive(d, shown));
                    return read;
                })
                .onFinished(() -> {
                    loading.set(false);
                    // the task holds the estate it was read against: let it go with the task (at
                    // 10,000 servers its indexes are ~5 MB). A superseded load finishes as it is cancelled,
                    // before the next one is put here.
                    fullLoad = null;
                })
                .onSuccess(loaded -> {
                    estate.set(loaded);
                    lastUpdated.set(clock.instant());
                    loadedOnce.set(true);
                    error.set(null);
                })
                .onFailure(failure -> failed(failure, this::refreshAll))
                .start();
    }

    /**
     * Stops waiting for a full load (the user pressed Cancel): what is shown stays, the answer
     * is dropped when it comes. Reads only; nothing is undone on the service.
     */
    public void cancelRefresh() {
        if (fullLoad != null && !fullLoad.isDone()) {
            fullLoad.cancel();
        }
    }

    /** Reads the definitions (storage grades and their descriptions); needs no token. */
    public void loadDefinitions() {
        definitionsLoading = true;
        runner.task("Reading storage grades", () -> session.api().definitions())
                .onFinished(() -> definitionsLoading = false)
                .onSuccess(definitions::set)
                .onFailure(failure -> {
                    // not the estate's error: the servers may well have loaded; the next
                    // refresh asks again, and dialogs fall back to the default grade meanwhile
                    LOG.warn("Could not read the storage grades: {}", failure.oneLine());
                    if (failure.needsSignIn()) {
                        session.signInNeeded(this::loadDefinitions);
                    }
                })
                .start();
    }

    /**
     * Re-reads one server after a change and puts it into the estate; {@code then} gets it, or
     * empty when it could not be read. If it has gone, reads everything again.
     */
    public void refreshServer(VmRef server, Consumer<Optional<VirtualMachine>> then) {
        // the new Estate (indexes of every server) and its derivations are made on the worker,
        // against the estate shown now; should another answer land first, it is made again here
        Estate shown = estate.get();
        runner.task("Reading " + server.vm(), () -> {
                    VirtualMachine fresh = session.api().virtualMachine(server);
                    Estate next = shown.withServer(fresh);
                    derivations.forEach(d -> next.derive(d, shown));
                    return new ServerReread(fresh, next);
                })
                .onSuccess(reread -> {
                    VirtualMachine fresh = reread.server();
                    Estate current = estate.get();
                    estate.set(current == shown ? reread.estate() : current.withServer(fresh));
                    lastUpdated.set(clock.instant());
                    if (fullLoad != null && !fullLoad.isDone()) {
                        // a full load sent before this change would paint the old state back
                        refreshAll();
                    }
                    then.accept(Optional.of(fresh));
                })
                .onFailure(failure -> {
                    if (failure.kind() == UserError.Kind.GONE) {
                        refreshAll();
                    } else {
                        failed(failure, () -> refreshServer(server, fresh -> { }));
                    }
                    then.accept(Optional.empty());
                })
                .start();
    }

    private void failed(UserError e, Runnable retryRead) {
        error.set(e);
        if (e.needsSignIn()) {
            session.signInNeeded(retryRead);
        }
    }

    /** A server read again, and the estate shown with it put in. */
    private record ServerReread(VirtualMachine server, Estate estate) {
    }
}
