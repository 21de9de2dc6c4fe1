/**
 * The Backups pane and the restore, delete-backup and schedule dialogs as JavaFX views: they
 * bind to the ViewModels of {@code org.bigvdm.ui.backups} and hold no logic of their own.
 * No service calls, no API types beyond the records shown.
 */
package org.bigvdm.ui.backups.view;
