/**
 * Every change the app makes, through {@link org.bigvdm.service.change.ChangeService}: a change
 * is a plain {@link org.bigvdm.service.change.Change} record (kind, targets, what was asked,
 * what was there before) sent with the one call that does exactly that ({@link
 * org.bigvdm.service.change.ChangeRequest}, made by factories such as {@link
 * org.bigvdm.service.change.DiscChanges}). The service sends it once, never again by itself,
 * re-reads what it touched, decides what a failure means ({@link
 * org.bigvdm.service.change.ChangeOutcome}) and tells subscribers of every {@link
 * org.bigvdm.service.change.FinishedChange}. New kinds of change (backups, power, moves) are
 * added here: a kind, a factory, nothing else.
 *
 * <p>No JavaFX beyond what the task runner needs, nothing from {@code ui} or {@code app}.
 */
package org.bigvdm.service.change;
