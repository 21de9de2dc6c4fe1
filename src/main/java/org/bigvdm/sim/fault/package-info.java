/**
 * Faults the simulator can inject into auth and brain answers (latency, forced statuses,
 * a random share of failures, dropped connections, malformed bodies), set by tests, CLI flags
 * or the control endpoint. No HTTP and nothing of the app here.
 */
package org.bigvdm.sim.fault;
