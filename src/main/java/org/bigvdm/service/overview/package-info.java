/**
 * The estate overview as plain figures: totals per grade and group, headroom, backup coverage,
 * each figure with the {@link org.bigvdm.service.overview.Slice} of servers and discs it counts.
 * Pure computation over an {@link org.bigvdm.service.Estate} already loaded: no requests, no
 * JavaFX at all (it runs on a worker thread), nothing from {@code ui}, {@code app} or {@code sim}.
 */
package org.bigvdm.service.overview;
