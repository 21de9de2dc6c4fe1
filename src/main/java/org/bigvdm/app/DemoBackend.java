package org.bigvdm.app;

import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Credentials;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpAuthClient;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.SimulatorOptions;

/**
 * The embedded simulator behind "demo" mode: started on a free loopback port and signed in to
 * as {@code demo} through its real auth endpoint, exactly as a real account would be.
 */
final class DemoBackend implements AutoCloseable {
    static final String DEMO_USER = "demo";

    private final BigVSimulator simulator;
    private final Endpoints endpoints;
    private final String token;

    private DemoBackend(BigVSimulator simulator, Endpoints endpoints, String token) {
        this.simulator = simulator;
        this.endpoints = endpoints;
        this.token = token;
    }

    /** Blocking: binds a port and signs in. Never call it on the FX thread. */
    static DemoBackend start() {
        BigVSimulator sim = BigVSimulator.start(SimulatorOptions.defaults());
        try {
            Endpoints endpoints = Endpoints.single(sim.baseUri());
            String token = new HttpAuthClient(ClientConfig.defaults(endpoints, AppVersion.get()))
                    .createSession(Credentials.of(DEMO_USER, DEMO_USER.toCharArray()));
            return new DemoBackend(sim, endpoints, token);
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
    }

    Endpoints endpoints() {
        return endpoints;
    }

    String token() {
        return token;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
