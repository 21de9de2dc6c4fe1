/**
 * The simulator's stand-in for the auth service: the demo users, sign-in checks and sliding
 * sessions with an injectable clock. No HTTP here and nothing of the app beyond
 * {@code org.bigvdm.api.model}; tokens and passwords are never logged.
 */
package org.bigvdm.sim.auth;
