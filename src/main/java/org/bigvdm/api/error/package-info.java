/**
 * The typed errors of the API clients: one class per kind of failure, each with a message a
 * person can read. No JavaFX, no HTTP types in signatures; messages never carry a secret.
 */
package org.bigvdm.api.error;
