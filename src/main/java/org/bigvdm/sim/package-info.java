/**
 * The embedded BigV simulator: a real HTTP server on loopback that behaves like the brain and
 * auth services (see the API contract, bigv-api.md), for demo mode and tests. Start it with
 * {@link org.bigvdm.sim.BigVSimulator}, or from the command line with
 * {@link org.bigvdm.sim.SimulatorMain}. This package and its subpackages may depend on nothing of
 * the app but {@code org.bigvdm.api.model}: no JavaFX, no API client, service or ui classes.
 */
package org.bigvdm.sim;
