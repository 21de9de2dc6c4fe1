/**
 * The activity journal: every finished change (from {@link org.bigvdm.service.change.ChangeService})
 * and every sign-in, sign-out and refused sign-in (from {@link
 * org.bigvdm.service.session.SessionService}) as one {@link org.bigvdm.service.journal.JournalEntry},
 * appended to a JSON Lines file per month in the app's state folder, written off the UI thread
 * and synced to disc per entry; read back lazily for the Activity panel and exported as CSV or
 * JSON. An entry never holds a token, password or key: nothing that builds one is given any.
 *
 * <p>No {@code javafx.scene}, nothing from {@code ui} or {@code app}; the files are written
 * through plain {@code java.nio}, so a full disc or read-only folder is reported, never fatal.
 */
package org.bigvdm.service.journal;
