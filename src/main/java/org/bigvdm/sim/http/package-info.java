/**
 * The simulator's HTTP face on the JDK's {@code com.sun.net.httpserver}: request parsing, the
 * router, one handler per resource (auth, accounts and groups, servers, discs, definitions,
 * control), the users' privileges and the check every change goes through ({@code Access}), and
 * fault injection. Depends on the simulator's state, auth and fault packages and
 * {@code org.bigvdm.api.model} only: no JavaFX, no app client, service or ui classes.
 */
package org.bigvdm.sim.http;
