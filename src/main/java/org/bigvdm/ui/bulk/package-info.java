/**
 * Bulk actions on the selected discs: a preview table (each disc, its current and new value,
 * allowed or why not) before anything is sent, then each allowed row sent once through
 * {@link org.bigvdm.service.change.BulkSender} with its own result. {@link
 * org.bigvdm.ui.bulk.BulkRunViewModel} is generic over change requests (grow, back up now, add
 * a schedule, power); {@link org.bigvdm.ui.bulk.BulkGrowViewModel} builds the grow rows.
 * ViewModels use javafx.beans only; {@link org.bigvdm.ui.bulk.BulkDialog} binds. Purge is never
 * offered in bulk.
 */
package org.bigvdm.ui.bulk;
