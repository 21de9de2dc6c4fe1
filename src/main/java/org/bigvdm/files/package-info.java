/**
 * Writing small files safely, shared by the settings (settings, tokens) and the simulator (its
 * data file): whole or not at all, fsynced, through symlinks, never onto a FIFO or a device.
 * <p>
 * Plain {@code java.nio} only: nothing of the app, no JavaFX, no logging. Both the settings
 * layer and the simulator may use it; it may use neither.
 */
package org.bigvdm.files;
