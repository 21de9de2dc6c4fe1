/**
 * Test helpers for anything in the project that wants a real BigV simulator:
 * {@link org.bigvdm.sim.testing.SimulatorExtension} (one simulator per test class),
 * {@link org.bigvdm.sim.testing.SimClient} (a java.net.http client for raw requests) and
 * {@link org.bigvdm.sim.testing.MutableClock} (simulated time: {@code SimulatorExtension.withTestClock()}
 * and {@code advance(Duration)}). Depends on the simulator and JUnit only.
 */
package org.bigvdm.sim.testing;
