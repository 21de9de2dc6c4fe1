package org.bigvdm.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The app's picture of the estate, read with one overview request and kept fresh by re-reading
 * only what changed. All properties change on the UI thread only (through the TaskRunner).
 * A newer full load supersedes an older one: the older result is dropped, never shown.
 */
public final class EstateService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EstateService.class);
    private final Supplier<BrainApi> api;
    private final TaskRunner runner;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Estate> estate = new ReadOnlyObjectWrapper<>(Estate.EMPTY);
    private final ReadOnlyObjectWrapper<Definitions> definitions =
            new ReadOnlyObjectWrapper<>(new Definitions(null, null, null));
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loadedOnce = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Instant> lastUpdated = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>();
    private final ObservableSet<Long> readOnlyAccounts = FXCollections.observableSet();
    private final ObservableSet<Long> readOnlyAccountsView = FXCollections.unmodifiableObservableSet(readOnlyAccounts);

    private Job fullLoad;
    private boolean definitionsLoading;
    private Consumer<Runnable> sessionExpiredHandler = retry -> { };

    /**
     * @param api supplies the current client; a new sign-in swaps it without rebuilding the service
     */
    public EstateService(Supplier<BrainApi> api, TaskRunner runner, Clock clock) {
        this.api = Objects.requireNonNull(api);
        this.runner = Objects.requireNonNull(runner);
        this.clock = Objects.requireNonNull(clock);
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
     * Accounts whose servers answered 403 to a change: the user may look but not change there.
     * Observable, so "why is this button off" bindings follow it.
     */
    public ObservableSet<Long> readOnlyAccounts() {
        return readOnlyAccountsView;
    }

    public boolean isReadOnly(long accountId) {
        return readOnlyAccounts.contains(accountId);
    }

    public void markReadOnly(long accountId) {
        readOnlyAccounts.add(accountId);
    }

    /** A new sign-in may bring other rights: forget what 403s taught us. */
    public void clearReadOnly() {
        readOnlyAccounts.clear();
    }

    /**
     * Another endpoint or user: what 403s taught us and the grade list belong to the old one.
     * The next refresh reads the grades again.
     */
    public void forgetEndpointState() {
        clearReadOnly();
        definitions.set(new Definitions(null, null, null));
    }

    /**
     * Called with a "repeat the read" action when a read got 401; the app signs in again and
     * then runs it.
     */
    public void setSessionExpiredHandler(Consumer<Runnable> handler) {
        this.sessionExpiredHandler = Objects.requireNonNull(handler);
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
        fullLoad = runner.submit("Loading servers", progress -> api.get().overview(),
                accounts -> {
                    loading.set(false);
                    estate.set(new Estate(accounts));
                    lastUpdated.set(clock.instant());
                    loadedOnce.set(true);
                    error.set(null);
                },
                failure -> {
                    loading.set(false);
                    failed(failure, this::refreshAll);
                });
    }

    /**
     * Stops waiting for a full load (the user pressed Cancel): what is shown stays, the answer
     * is dropped when it comes. Reads only; nothing is undone on the service.
     */
    public void cancelRefresh() {
        if (fullLoad != null && !fullLoad.isDone()) {
            fullLoad.cancel();
            loading.set(false);
        }
    }

    /** Reads the definitions (storage grades and their descriptions); needs no token. */
    public void loadDefinitions() {
        definitionsLoading = true;
        runner.submit("Reading storage grades", progress -> api.get().definitions(),
                defs -> {
                    definitionsLoading = false;
                    definitions.set(defs);
                },
                failure -> {
                    definitionsLoading = false;
                    // not the estate's error: the servers may well have loaded; the next
                    // refresh asks again, and dialogs fall back to the default grade meanwhile
                    LOG.warn("Could not read the storage grades: {}", UserError.of(failure).oneLine());
                    if (failure instanceof org.bigvdm.api.error.UnauthorizedException) {
                        sessionExpiredHandler.accept(this::loadDefinitions);
                    }
                });
    }

    /**
     * Re-reads one server after a change and puts it into the estate. If it has gone, reads
     * everything again.
     */
    public void refreshServer(ServerEntry server, Runnable then) {
        runner.submit("Reading " + server.vm().name(), progress -> api.get().virtualMachine(server.ref()),
                (VirtualMachine fresh) -> {
                    estate.set(estate.get().withServer(fresh));
                    lastUpdated.set(clock.instant());
                    if (fullLoad != null && !fullLoad.isDone()) {
                        // a full load sent before this change would paint the old state back
                        refreshAll();
                    }
                    then.run();
                },
                failure -> {
                    if (failure instanceof NotFoundException) {
                        refreshAll();
                    } else {
                        failed(failure, () -> refreshServer(server, then));
                    }
                });
    }

    private void failed(Throwable failure, Runnable retryRead) {
        UserError e = UserError.of(failure);
        error.set(e);
        if (e.needsSignIn()) {
            sessionExpiredHandler.accept(retryRead);
        }
    }
}
