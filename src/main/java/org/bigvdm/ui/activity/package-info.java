/**
 * The Activity panel: the journal of changes and sign-ins as a bottom drawer, newest first,
 * filtered by text, outcome and date, with a jump to the server or disc an entry names, export to
 * CSV or JSON, and "copy as command". {@link org.bigvdm.ui.activity.ActivityViewModel} holds the
 * state (javafx.beans and collections only, tested without a toolkit); {@link
 * org.bigvdm.ui.activity.ActivityView} draws it as a virtualised table. Reads and exports run
 * through the task runner, never on the FX thread.
 *
 * <p>Nothing from {@code app}, {@code settings}, {@code api.error} or {@code api.http}.
 */
package org.bigvdm.ui.activity;
