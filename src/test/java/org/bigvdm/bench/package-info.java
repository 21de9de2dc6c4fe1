/**
 * Benchmark mains, never tests (surefire skips this package): each prints medians and p95s for a
 * person or {@code docs/perf.sh} to read. {@code MainWindowBench} drives the real main window on a
 * large estate, {@code SimulatorBench} the simulator, {@code HelloFxBench} is the bare JavaFX
 * window that start-up figures are compared with. They use the app's public classes only, and
 * run the simulator in a process of its own ({@code SimulatorProcess}) where a figure could be
 * disturbed by it.
 */
package org.bigvdm.bench;
