/**
 * The Jobs panel: what runs now (requests, shutdown waits, backups: the service's {@link
 * org.bigvdm.service.RunningOperations}) and disc migrations the overview reports, each with its
 * progress, an estimate of the time left, and Cancel where cancelling is possible (it stops the
 * waiting, never what the service already does). {@link org.bigvdm.ui.jobs.JobsViewModel} keeps
 * the list (javafx.beans and collections only); {@link org.bigvdm.ui.jobs.JobsView} shows it in
 * ControlsFX's {@code TaskProgressView}.
 *
 * <p>Nothing from {@code app}, {@code settings}, {@code api.error} or {@code api.http}.
 */
package org.bigvdm.ui.jobs;
