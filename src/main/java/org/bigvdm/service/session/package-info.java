/**
 * Who the app is signed in as, and everything that belongs to signing in: {@link
 * org.bigvdm.service.session.SessionService} (identity as read-only properties, the
 * "sign-in needed" signal, the token store, the remembered choice, the bytemark tool's saved
 * session, each way of signing in as a task), its thread-safe core {@link
 * org.bigvdm.service.session.Session}, and the {@link org.bigvdm.service.session.ApiClients}
 * port through which it gets its clients. Tokens and passwords never reach a log or a message.
 *
 * <p>Nothing from {@code ui} or {@code app}; no {@code javafx.scene}.
 */
package org.bigvdm.service.session;
