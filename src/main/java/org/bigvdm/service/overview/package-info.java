/**
 * The estate overview as plain figures: totals per grade and group, headroom, backup coverage,
 * each figure with the {@link org.bigvdm.service.overview.Slice} of servers and discs it counts.
 * {@link org.bigvdm.service.overview.BackupAges} counts over the backup lists already read
 * ({@link org.bigvdm.service.backup.BackupReads}), since the estate carries no backup times.
 * Pure computation over an {@link org.bigvdm.service.Estate} already loaded: no requests, no
 * JavaFX at all (it runs on a worker thread), nothing from {@code ui}, {@code app} or {@code sim}.
 */
package org.bigvdm.service.overview;
