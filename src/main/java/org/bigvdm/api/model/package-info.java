/**
 * The JSON records of the BigV API (accounts, groups, servers, discs, backups, schedules,
 * privileges, definitions), shared by the client and the simulator, and the one Jackson set-up
 * that reads them ({@code Json}, with {@code TolerantFields}: required fields strict, an optional
 * field of an odd JSON type read as absent and logged once by name). Plain Java, Jackson and
 * slf4j only: no JavaFX, no HTTP, no app logic. Field names map to the wire's snake_case.
 */
package org.bigvdm.api.model;
