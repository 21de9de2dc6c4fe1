/**
 * The simulator's in-memory estate (accounts, groups, servers, discs, backups and schedules), the
 * disc and backup rules it enforces, what happens to backups over time ({@code BackupWork}, on the
 * estate's timeline), the seeded demo and generated estates, and the JSON data file. Plain Java over
 * {@code org.bigvdm.api.model} records only: no HTTP, no JavaFX, nothing else of the app.
 */
package org.bigvdm.sim.state;
