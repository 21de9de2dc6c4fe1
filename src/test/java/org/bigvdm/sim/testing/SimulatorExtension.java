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
 * Register it as a {@code static} field. Powerdowns take 50 ms and backups are done at once unless
 * the options say otherwise ({@code b -> b.backupDelay(Duration.ofSeconds(5))}).
 *
 * <p>Simulated time: {@code SimulatorExtension.create().withTestClock()} runs the simulator on a
 * {@link MutableClock}; {@code SIM.advance(Duration.ofSeconds(3))} moves it and applies every
 * timed transition that fell due (a powerdown, a backup, a schedule's run), so nothing waits in real time.
 */
public final class SimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
    private final UnaryOperator<SimulatorOptions.Builder> options;
    private final boolean resetBeforeEach;
    private final boolean testClock;
    private BigVSimulator simulator;
    private MutableClock clock;

    private SimulatorExtension(UnaryOperator<SimulatorOptions.Builder> options, boolean resetBeforeEach,
                               boolean testClock) {
        this.options = options;
        this.resetBeforeEach = resetBeforeEach;
        this.testClock = testClock;
    }

    /** The demo estate, default options. */
    public static SimulatorExtension create() {
        return new SimulatorExtension(UnaryOperator.identity(), false, false);
    }

    /** Options changed from the test defaults, e.g. {@code b -> b.vms(1000).seed(7)}. */
    public static SimulatorExtension withOptions(UnaryOperator<SimulatorOptions.Builder> options) {
        return new SimulatorExtension(options, false, false);
    }

    /** Seeded estate again and no faults before every test. */
    public SimulatorExtension resetBeforeEachTest() {
        return new SimulatorExtension(options, true, testClock);
    }

    /** The simulator's clock (sessions, timed transitions) moves only by {@link #advance}. */
    public SimulatorExtension withTestClock() {
        return new SimulatorExtension(options, resetBeforeEach, true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        var builder = SimulatorOptions.builder().port(0).powerdownDelay(Duration.ofMillis(50))
                .backupDelay(Duration.ZERO);
        if (testClock) {
            clock = new MutableClock();
            builder.clock(clock);
        }
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
            clock = null;
        }
    }

    public BigVSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("the simulator runs only inside the test class; register it static");
        }
        return simulator;
    }

    /** The hand-moved clock; only with {@link #withTestClock()}. */
    public MutableClock clock() {
        if (clock == null) {
            throw new IllegalStateException("this simulator runs on the real clock; use withTestClock()");
        }
        return clock;
    }

    /**
     * Moves the test clock on and applies every timed transition that fell due meanwhile, in
     * time order, before returning: the next look at the estate sees them.
     */
    public void advance(Duration by) {
        clock().advance(by);
        simulator().timeline().runDue();
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
