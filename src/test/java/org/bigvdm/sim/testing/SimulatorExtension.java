package org.bigvdm.sim.testing;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.SimulatorOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real simulator per test class, on a random loopback port:
 * <pre>{@code
 * @RegisterExtension
 * static final SimulatorExtension SIM = SimulatorExtension.create().resetBeforeEachTest();
 *
 * @Test void lists() {
 *     var client = SIM.demoClient();                 // java.net.http, bearer token set
 *     URI base = SIM.baseUri();                      // for the app's own client
 *     String token = SIM.demoToken();
 *     SIM.simulator().faults().failNext(1, 503);
 * }
 * }</pre>
 * Register it as a {@code static} field. Powerdowns take 50 ms unless the options say otherwise.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final UnaryOperator<SimulatorOptions.Builder> options;
    private final boolean resetBeforeEach;
    private BigVSimulator simulator;

    private SimulatorExtension(UnaryOperator<SimulatorOptions.Builder> options, boolean resetBeforeEach) {
        this.options = options;
        this.resetBeforeEach = resetBeforeEach;
    }

    /** The demo estate, default options. */
    public static SimulatorExtension create() {
        return new SimulatorExtension(UnaryOperator.identity(), false);
    }

    /** Options changed from the test defaults, e.g. {@code b -> b.vms(1000).seed(7)}. */
    public static SimulatorExtension withOptions(UnaryOperator<SimulatorOptions.Builder> options) {
        return new SimulatorExtension(options, false);
    }

    /** Seeded estate again and no faults before every test. */
    public SimulatorExtension resetBeforeEachTest() {
        return new SimulatorExtension(options, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var builder = SimulatorOptions.builder().port(0).powerdownDelay(Duration.ofMillis(50));
        simulator = BigVSimulator.start(options.apply(builder).build());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetBeforeEach) {
            simulator.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    public BigVSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only inside the test class; register it static");
        }
        return simulator;
    }

    public URI baseUri() {
        return simulator().baseUri();
    }

    /** A fresh session token for the {@code demo} user. */
    public String demoToken() {
        return simulator().tokenFor("demo");
    }

    /** A client with no token. */
    public SimClient client() {
        return new SimClient(baseUri(), null);
    }

    /** A client signed in as {@code demo}. */
    public SimClient demoClient() {
        return client().as(demoToken());
    }
}
