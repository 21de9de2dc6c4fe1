/**
 * "Copy as command": a {@link org.bigvdm.service.change.Change} as the official {@code bytemark}
 * command and as the {@code curl} request that does the same, for a journal entry or a dialog
 * before it sends. One registration per {@link org.bigvdm.service.change.ChangeKind} in {@link
 * org.bigvdm.service.command.ChangeCommands} (its method, path and {@code bytemark} words); the
 * body is the change's own fields. The token appears only as {@code $BYTEMARK_TOKEN}.
 *
 * <p>Plain text only: no JavaFX, no clipboard, nothing from {@code ui} or {@code app}.
 */
package org.bigvdm.service.command;
