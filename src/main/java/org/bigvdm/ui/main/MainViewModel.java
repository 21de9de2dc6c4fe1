package org.bigvdm.ui.main;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeOutcome;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.ui.dialogs.ServerContext;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;

/**
 * The main window's state and commands: the tree and table ViewModels, which actions apply now
 * (and in words, why not), the status line, the demo banner and auto-refresh.
 */
public final class MainViewModel {
    static final Duration AUTO_REFRESH_PERIOD = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final EstateService estate;
    private final AccessRights access;
    private final RunningOperations operations;
    private final ServerTreeViewModel tree;
    private final DiscTableViewModel table;
    private final PeriodicTask autoRefreshTask;
    private final ZoneId zone;

    private final BooleanProperty demoMode = new SimpleBooleanProperty();
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Notification> notification = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DiscActions> discActions = new SimpleObjectProperty<>();
    private Consumer<String> clipboard = text -> { };
    private Runnable signIn = () -> { };
    private long notificationSeq;

    private final ObjectBinding<ServerEntry> selectedServer;
    private final StringBinding addDisabledReason;
    private final StringBinding discDisabledReason;
    private final StringBinding updatedText;
    private final StringBinding errorText;
    private final StringBinding title;

    public MainViewModel(EstateService estate, AccessRights access, ChangeService changes, RunningOperations operations,
                         PeriodicTask autoRefreshTask, ZoneId zone) {
        this.estate = Objects.requireNonNull(estate);
        this.access = Objects.requireNonNull(access);
        this.operations = operations;
        this.autoRefreshTask = autoRefreshTask;
        this.zone = zone;
        this.tree = new ServerTreeViewModel(estate.estateProperty());
        this.table = new DiscTableViewModel(estate.estateProperty(), estate.definitionsProperty(),
                tree.selectedKeyProperty());

        selectedServer = Bindings.createObjectBinding(this::computeSelectedServer,
                tree.selectedKeyProperty(), estate.estateProperty(), table.selectedRowProperty());
        addDisabledReason = Bindings.createStringBinding(this::whyNoAdd, selectedServer, access.changes(),
                discActions);
        discDisabledReason = Bindings.createStringBinding(this::whyNoDiscAction, table.selectedRowProperty(),
                access.changes(), discActions);
        updatedText = Bindings.createStringBinding(() -> {
            Instant at = estate.lastUpdatedProperty().get();
            return at == null ? "Not updated yet" : "Updated " + TIME.format(at.atZone(zone));
        }, estate.lastUpdatedProperty());
        errorText = Bindings.createStringBinding(() -> {
            UserError e = estate.errorProperty().get();
            return e == null ? "" : e.oneLine();
        }, estate.errorProperty());
        title = Bindings.createStringBinding(() -> demoMode.get() ? "BigV Disc Manager — Demo"
                : where.get().isEmpty() ? "BigV Disc Manager" : "BigV Disc Manager — " + where.get(), demoMode, where);
        changes.subscribe(this::follow);
        autoRefresh.addListener((o, was, on) -> {
            if (on) {
                autoRefreshTask.start(AUTO_REFRESH_PERIOD, this::refresh);
            } else {
                autoRefreshTask.stop();
            }
        });
    }

    public ServerTreeViewModel tree() {
        return tree;
    }

    public DiscTableViewModel table() {
        return table;
    }

    public EstateService estate() {
        return estate;
    }

    public RunningOperations operations() {
        return operations;
    }

    public BooleanProperty demoModeProperty() {
        return demoMode;
    }

    /** "demo" or the signed-in username. */
    public StringProperty whoProperty() {
        return who;
    }

    /** "Demo" or the endpoint's host; also the title suffix. */
    public StringProperty whereProperty() {
        return where;
    }

    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    public ReadOnlyObjectProperty<Notification> notificationProperty() {
        return notification.getReadOnlyProperty();
    }

    public ObjectProperty<DiscActions> discActionsProperty() {
        return discActions;
    }

    public void setClipboard(Consumer<String> clipboard) {
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    public void setSignIn(Runnable signIn) {
        this.signIn = Objects.requireNonNull(signIn);
    }

    /** The server the actions apply to: the selected server, or the selected disc's server. */
    public ObjectBinding<ServerEntry> selectedServerProperty() {
        return selectedServer;
    }

    /** Why "Add disc" cannot apply now, or null when it can. */
    public StringBinding addDisabledReasonProperty() {
        return addDisabledReason;
    }

    /** Why Resize, Relabel and Purge cannot apply now, or null when they can. */
    public StringBinding discDisabledReasonProperty() {
        return discDisabledReason;
    }

    public StringBinding updatedTextProperty() {
        return updatedText;
    }

    /** The last load's error in words, or empty. */
    public StringBinding errorTextProperty() {
        return errorText;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public void start() {
        estate.loadDefinitions();
        estate.refreshAll();
    }

    public void refresh() {
        estate.refreshAll();
    }

    /** Stops waiting for a refresh that takes too long; the data shown stays. */
    public void cancelRefresh() {
        estate.cancelRefresh();
    }

    public void signIn() {
        signIn.run();
    }

    public void addDisc() {
        ServerEntry server = selectedServer.get();
        if (addDisabledReason.get() == null && server != null) {
            discActions.get().create(server);
        }
    }

    public void resizeDisc() {
        withDisc(a -> a.resize(table.selectedRowProperty().get()));
    }

    public void relabelDisc() {
        withDisc(a -> a.relabel(table.selectedRowProperty().get()));
    }

    public void purgeDisc() {
        withDisc(a -> a.purge(table.selectedRowProperty().get()));
    }

    /** Copies the selected disc's id, or else the selected server's id. */
    public void copyId() {
        DiscRow row = table.selectedRowProperty().get();
        ServerEntry server = selectedServer.get();
        if (row != null) {
            clipboard.accept(Long.toString(row.id()));
            notify("Copied disc id " + row.id());
        } else if (server != null) {
            clipboard.accept(Long.toString(server.vm().id()));
            notify("Copied server id " + server.vm().id());
        }
    }

    /** Shows a brief message (after a change worked, a copy, ...). */
    public void notify(String text) {
        notification.set(new Notification(text, ++notificationSeq));
    }

    private void withDisc(Consumer<DiscActions> action) {
        if (discDisabledReason.get() == null) {
            action.accept(discActions.get());
        }
    }

    private ServerEntry computeSelectedServer() {
        DiscRow row = table.selectedRowProperty().get();
        return estate.estate().serverAt(tree.selectedKeyProperty().get())
                .orElse(row == null ? null : row.server());
    }

    /**
     * After a disc was added or changed, and its server read again, the table selects it, if
     * the user still looks at that server (or a group holding it).
     */
    private void follow(FinishedChange finished) {
        ChangeOutcome<?> outcome = finished.outcome();
        boolean madeOrChanged = outcome.status() == ChangeOutcome.Status.DONE
                && finished.change().kind() != ChangeKind.PURGE_DISC;
        String shown = tree.selectedKeyProperty().get();
        if (madeOrChanged && outcome.answer() instanceof Disc disc && shown != null
                && NodeKeys.isWithin(finished.change().server().key(), shown)) {
            table.selectDiscWhenShown(disc.id());
        }
    }

    private String whyNoAdd() {
        ServerEntry server = selectedServer.get();
        if (server == null) {
            return "Select a server first";
        }
        if (discActions.get() == null) {
            return "Not available";
        }
        return context(server).whyCannotAddDisc().orElse(null);
    }

    private String whyNoDiscAction() {
        DiscRow row = table.selectedRowProperty().get();
        if (row == null) {
            return "Select a disc first";
        }
        return whyServerFrozen(row.server());
    }

    private String whyServerFrozen(ServerEntry server) {
        if (discActions.get() == null) {
            return "Not available";
        }
        return context(server).whyDiscsCannotChange().orElse(null);
    }

    /** The server as last read, with what we know of the user's rights, for dialogs and checks. */
    public ServerContext context(ServerEntry s) {
        return ServerContext.of(s, access, estate.definitionsProperty().get());
    }
}
