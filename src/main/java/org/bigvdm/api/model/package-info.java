/**
 * The JSON records of the BigV API (accounts, groups, servers, discs, definitions), shared by the
 * client and the simulator. Plain Java and Jackson annotations only: no JavaFX, no HTTP, no
 * app logic. Field names map to the wire's snake_case through {@code api.Json}'s mapper.
 */
package org.bigvdm.api.model;
