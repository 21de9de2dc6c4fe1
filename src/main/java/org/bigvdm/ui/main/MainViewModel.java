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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
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
import org.bigvdm.service.session.SessionService;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;

/**
 * The main window's state and commands: the tree and table ViewModels, which actions apply now
 * (and in words, why not), the status line, the banners, the menus' commands and auto-refresh.
 * Everything it needs comes in through the constructor.
 */
public final class MainViewModel {
    static final Duration AUTO_REFRESH_PERIOD = Duration.ofSeconds(30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The services the main window shows and acts through. */
    public record Services(EstateService estate, AccessRights access, ChangeService changes, SessionService session,
                           RunningOperations operations, PeriodicTask autoRefresh) {
    }

    /** What the main window asks the app for: dialogs, account switches, the clipboard, About. */
    public record Ports(DiscActions discs, AccountActions accounts, TextClipboard clipboard, AboutBox about) {
    }

    private final EstateService estate;
    private final SessionService session;
    private final RunningOperations operations;
    private final Ports ports;
    private final Notifications notes;
    private final ServerTreeViewModel tree;
    private final DiscTableViewModel table;
    private final ActionAvailability actions;

    private final BooleanProperty autoRefresh = new SimpleBooleanProperty(false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final StringBinding updatedText;
    private final StringBinding errorText;
    /** The window's title before anyone is signed in (a constant: the first frame shows it). */
    public static final String APP_TITLE = "BigV Disc Manager";
    private final StringBinding title;
    private final StringBinding signOutDisabledReason;
    private final StringBinding bytemarkToolText;

    public MainViewModel(Services services, Ports ports, Notifications notes, ZoneId zone) {
        this.estate = Objects.requireNonNull(services.estate());
        this.session = Objects.requireNonNull(services.session());
        this.operations = Objects.requireNonNull(services.operations());
        this.ports = Objects.requireNonNull(ports);
        this.notes = Objects.requireNonNull(notes);
        this.tree = new ServerTreeViewModel(estate.estateProperty());
        estate.deriveOnRead(ServerTreeViewModel.SERVER_NODES);
        this.table = new DiscTableViewModel(estate.estateProperty(), estate.definitionsProperty(),
                tree.selectedKeyProperty());
        table.filterProperty().bind(tree.activeFilterProperty());
        tree.definitionsProperty().bind(estate.definitionsProperty());
        this.actions = new ActionAvailability(estate, services.access(), tree, table);

        updatedText = Bindings.createStringBinding(() -> {
            Instant at = estate.lastUpdatedProperty().get();
            return at == null ? "Not updated yet" : "Updated " + TIME.format(at.atZone(zone));
        }, estate.lastUpdatedProperty());
        errorText = Bindings.createStringBinding(() -> {
            UserError e = estate.errorProperty().get();
            return e == null ? "" : e.oneLine();
        }, estate.errorProperty());
        ObservableStringValue where = session.whereProperty();
        title = Bindings.createStringBinding(() -> session.demoProperty().get() ? APP_TITLE + " — Demo"
                        : where.get().isEmpty() ? APP_TITLE : APP_TITLE + " — " + where.get(),
                session.demoProperty(), where);
        bytemarkToolText = Bindings.createStringBinding(() -> "Signed in with the session the bytemark tool saved, as "
                + session.whoProperty().get() + " on " + where.get() + ".", session.whoProperty(), where);
        signOutDisabledReason = Bindings.createStringBinding(() -> session.signedInToRealAccount() ? null
                : "Not signed in to an account", session.identityProperty());
        services.changes().subscribe(this::follow);
        PeriodicTask autoRefreshTask = services.autoRefresh();
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

    public RunningOperations operations() {
        return operations;
    }

    /** A full read is running (the status bar offers Cancel). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return estate.loadingProperty();
    }

    /** False until the first full read arrived: the tree says it is reading. */
    public ReadOnlyBooleanProperty loadedOnceProperty() {
        return estate.loadedOnceProperty();
    }

    public ObservableBooleanValue demoModeProperty() {
        return session.demoProperty();
    }

    /** True while on the session the bytemark tool saved: a banner says so. */
    public ObservableBooleanValue bytemarkToolSessionProperty() {
        return session.bytemarkToolSessionProperty();
    }

    /** What the banner says while on the bytemark tool's session. */
    public StringBinding bytemarkToolTextProperty() {
        return bytemarkToolText;
    }

    /** "demo" or the signed-in username. */
    public ObservableStringValue whoProperty() {
        return session.whoProperty();
    }

    /** "Demo" or the endpoint's host; also the title suffix. */
    public ObservableStringValue whereProperty() {
        return session.whereProperty();
    }

    public BooleanProperty autoRefreshProperty() {
        return autoRefresh;
    }

    /** The dark theme is on; the app applies and remembers it. */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyObjectProperty<Notification> notificationProperty() {
        return notes.latestProperty();
    }

    /** The server the actions apply to: the selected server, or the selected disc's server. */
    public ObjectBinding<ServerEntry> selectedServerProperty() {
        return actions.selectedServer();
    }

    /** Why "Add disc" cannot apply now, or null when it can. */
    public StringBinding addDisabledReasonProperty() {
        return actions.whyNoAdd();
    }

    /** Why Resize, Relabel and Purge cannot apply now, or null when they can. */
    public StringBinding discDisabledReasonProperty() {
        return actions.whyNoDiscAction();
    }

    /** Why "Sign out" cannot apply (on the demo), or null when it can. */
    public StringBinding signOutDisabledReasonProperty() {
        return signOutDisabledReason;
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

    // --- commands ---

    public void refresh() {
        estate.refreshAll();
    }

    /** Stops waiting for a refresh that takes too long; the data shown stays. */
    public void cancelRefresh() {
        estate.cancelRefresh();
    }

    public void signIn() {
        ports.accounts().signIn();
    }

    public void signOut() {
        if (signOutDisabledReason.get() == null) {
            ports.accounts().signOut();
        }
    }

    public void tryDemo() {
        ports.accounts().tryDemo();
    }

    public void showAbout() {
        ports.about().show();
    }

    public void addDisc() {
        ServerEntry server = actions.selectedServer().get();
        if (actions.whyNoAdd().get() == null && server != null) {
            ports.discs().create(server);
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
        ServerEntry server = actions.selectedServer().get();
        if (row != null) {
            ports.clipboard().copy(Long.toString(row.id()));
            notes.notify("Copied disc id " + row.id());
        } else if (server != null) {
            ports.clipboard().copy(Long.toString(server.vm().id()));
            notes.notify("Copied server id " + server.vm().id());
        }
    }

    private void withDisc(Consumer<DiscActions> action) {
        if (actions.whyNoDiscAction().get() == null) {
            action.accept(ports.discs());
        }
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
}
