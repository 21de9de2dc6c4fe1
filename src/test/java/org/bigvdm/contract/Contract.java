package org.bigvdm.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bigvdm.api.AuthApi;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.error.ApiException;
import org.bigvdm.api.error.BadRequestException;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.fault.Faults;
import org.bigvdm.sim.state.SimState;
import org.bigvdm.sim.testing.SimClient;
import org.bigvdm.sim.testing.SimulatorExtension;
import org.bigvdm.testutil.WireTypeCheck;

/**
 * What every contract test needs: the app's real HTTP clients pointed at a class's simulator,
 * the demo servers by name, and short ways to look at the simulator's state and at typed errors.
 * Build one per test instance from the class's static {@link SimulatorExtension}.
 */
final class Contract {
    /** Demo estate servers (see DemoEstate) in the roles the tests use them for. */
    static final VmRef WWW1 = new VmRef("acme-web", "production", "www1");     // on: vda, uploads
    static final VmRef WWW2 = new VmRef("acme-web", "production", "www2");     // on: root, uploads
    static final VmRef DB1 = new VmRef("acme-web", "production", "db1");       // on: 5 discs, one migrating
    static final VmRef BUILD = new VmRef("acme-web", "default", "build");      // off: root, cache
    static final VmRef STAGING_DB = new VmRef("acme-web", "staging", "db");    // off: root, pgdata
    static final VmRef OLDSHOP = new VmRef("acme-web", "staging", "oldshop");  // off and deleted
    static final VmRef FILES = new VmRef("northwind", "office", "files");      // on: already 8 discs
    static final VmRef INTRANET = new VmRef("northwind", "default", "intranet"); // on: root, disc-2
    static final VmRef MONITOR = new VmRef("northwind", "default", "monitor");   // off: vda, metrics

    /** Short timeouts: nothing in the simulator should take long, and a hang must fail fast. */
    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration READ = Duration.ofSeconds(5);
    private static final Duration CALL = Duration.ofSeconds(10);

    private final SimulatorExtension sim;
    private String demoToken;
    private BrainApi demoBrain;

    Contract(SimulatorExtension sim) {
        this.sim = sim;
    }

    ClientConfig config() {
        return ClientConfig.defaults(Endpoints.single(sim.baseUri()), "contract-test")
                .withTimeouts(CONNECT, READ, CALL);
    }

    /** The brain client as the app builds it, signed in as {@code demo} (one session per test). */
    BrainApi brain() {
        if (demoBrain == null) {
            demoBrain = brainWith(demoToken());
        }
        return demoBrain;
    }

    /**
     * A brain client sending this bearer token (null: none). Every answer it reads is checked
     * against the wire-types table, so each contract test also checks the simulator's JSON types.
     */
    BrainApi brainWith(String token) {
        OkHttpClient checked = HttpClients.create(config()).newBuilder().addInterceptor(new WireTypeCheck()).build();
        return new HttpBrainClient(checked, config(), () -> token);
    }

    BrainApi brainAs(String username) {
        return brainWith(simulator().tokenFor(username));
    }

    AuthApi auth() {
        return new HttpAuthClient(config());
    }

    String demoToken() {
        if (demoToken == null) {
            demoToken = sim.demoToken();
        }
        return demoToken;
    }

    /** Raw java.net.http requests, for what the app's client deliberately cannot send. */
    SimClient raw() {
        return sim.client().as(demoToken());
    }

    /** The server's nested path, for raw requests (demo names need no encoding). */
    static String path(VmRef vm) {
        return "/accounts/" + vm.account() + "/groups/" + vm.group() + "/virtual_machines/" + vm.vm();
    }

    BigVSimulator simulator() {
        return sim.simulator();
    }

    SimState state() {
        return simulator().state();
    }

    Faults faults() {
        return simulator().faults();
    }

    long id(VmRef vm) {
        return state().vmId(vm.account(), vm.group(), vm.vm());
    }

    /** The server's discs as the simulator holds them, not as any client saw them. */
    List<Disc> stateDiscs(VmRef vm) {
        return state().discsOf(id(vm));
    }

    Optional<Disc> stateDisc(VmRef vm, String label) {
        return stateDiscs(vm).stream().filter(d -> label.equals(d.label())).findFirst();
    }

    Disc requireStateDisc(VmRef vm, String label) {
        return stateDisc(vm, label).orElseThrow(() -> new AssertionError("no disc " + label + " on " + vm));
    }

    /** A disc's backups as the simulator holds them, oldest first. */
    List<Backup> stateBackups(VmRef vm, String disc) {
        return state().backupOperations().list(id(vm), disc);
    }

    Backup requireStateBackup(VmRef vm, String disc, long backupId) {
        return stateBackups(vm, disc).stream().filter(b -> b.id() == backupId).findFirst()
                .orElseThrow(() -> new AssertionError("no backup " + backupId + " of " + vm + "/" + disc));
    }

    /** Whether a timed transition is pending under {@code key} (see BackupOperations' keys). */
    boolean pending(String key) {
        return simulator().timeline().pending(key);
    }

    /** Runs {@code call}, which must throw exactly {@code type}, and returns it for more checks. */
    static <T extends ApiException> T thrown(Class<T> type, ThrowingCallable call) {
        T e = catchThrowableOfType(type, call);
        assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
        return e;
    }

    /** A 400 whose field errors are exactly {@code field: [message]}. */
    static BadRequestException badRequest(ThrowingCallable call, String field, String message) {
        BadRequestException e = thrown(BadRequestException.class, call);
        assertThat(e.fieldErrors()).isEqualTo(Map.of(field, List.of(message)));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo(field + " " + message);
        return e;
    }
}
