/**
 * Simulated time: {@link org.bigvdm.sim.time.Timeline}, a small scheduler of timed state
 * transitions ("this server is off 3 s after its powerdown signal", "this backup is complete
 * after a few seconds", "this schedule takes a backup every day"), driven by an
 * injected {@link java.time.Clock}, and {@link org.bigvdm.sim.time.RealTimeWaker}, which applies
 * them on time when that clock is the real one.
 *
 * <p>How time moves:
 * <ul>
 *   <li>A transition is scheduled under a key (e.g. {@code vm/42/powerdown}) for an instant on
 *       the timeline's clock; scheduling the same key again replaces it, and it can be cancelled.</li>
 *   <li>{@link org.bigvdm.sim.time.Timeline#runDue()} applies every transition whose instant
 *       has come, oldest first, each told the instant it was due (not the clock's reading), so a
 *       recurring one can schedule its next run from its own due time and catch up after a jump.</li>
 *   <li>The simulator calls {@code runDue()} before and after every brain request (lazily: a test
 *       that moved its clock sees the effect on its next request), and the waker calls it when a
 *       transition falls due on the real clock (so the demo changes without any request).</li>
 *   <li>Tests use a hand-moved clock ({@code MutableClock}) and
 *       {@code SimulatorExtension.advance(Duration)}, which moves it and runs what fell due:
 *       no sleeping, no waiting.</li>
 * </ul>
 * Pending transitions live in memory only: the data file does not keep them, and a reset of
 * the simulator drops them. Plain Java: depends on nothing of the app or of the rest of the
 * simulator (state and HTTP depend on this package, never the other way round).
 */
package org.bigvdm.sim.time;
