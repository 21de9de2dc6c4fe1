package org.bigvdm.app;

import java.net.URI;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.service.session.ApiClients;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.SimulatorOptions;

/**
 * The embedded simulator behind "demo" mode: started on a free loopback port, its {@code demo}
 * session made in-process (no sign-in round trip on the way to the first data; every read and
 * write then goes over HTTP through the real client). Attached to a simulator someone else runs,
 * it signs in through the real auth endpoint, exactly as a real account would be.
 */
final class DemoBackend implements AutoCloseable {
    static final String DEMO_USER = "demo";

    private final BigVSimulator simulator;   // null when attached to a simulator someone else runs
    private final Endpoints endpoints;
    private final ApiClients clients;   // null for the embedded simulator: its sessions are made in-process
    private volatile String token;   // renewed when the demo session times out

    private DemoBackend(BigVSimulator simulator, Endpoints endpoints, ApiClients clients) {
        this.simulator = simulator;
        this.endpoints = endpoints;
        this.clients = clients;
        this.token = signIn();
    }

    /** Blocking: binds a port and makes the demo session. Never call it on the FX thread. */
    static DemoBackend start() {
        BigVSimulator sim = BigVSimulator.start(SimulatorOptions.defaults());
        try {
            return new DemoBackend(sim, Endpoints.single(sim.baseUri()), null);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    /** Uses a simulator that is already running (tests, benchmarks); closing leaves it running. */
    static DemoBackend attach(URI base, ApiClients clients) {
        return new DemoBackend(null, Endpoints.single(base), clients);
    }

    private String signIn() {
        if (simulator != null) {
            return simulator.tokenFor(DEMO_USER);
        }
        return clients.auth(endpoints).createSession(Credentials.of(DEMO_USER, DEMO_USER.toCharArray()));
    }

    /** A fresh demo session once the old one timed out. Blocking: never on the FX thread. */
    String renew() {
        token = signIn();
        return token;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    String token() {
        return token;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
    }
}
