/**
 * TestFX flows through the real main window against the simulator, one user task per test.
 * Most start from {@link org.bigvdm.app.flows.DemoWindowTest}: the demo estate, loaded, closed
 * after each test; a class that needs other simulator options overrides {@code sim()}, one whose
 * tests start the app themselves overrides {@code startsDemoBeforeEach()}.
 */
package org.bigvdm.app.flows;
