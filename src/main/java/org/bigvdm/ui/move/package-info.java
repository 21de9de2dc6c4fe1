/**
 * Moving a disc to another server: {@link org.bigvdm.ui.move.MoveViewModel} checks a move
 * before anything is sent ({@link org.bigvdm.service.change.MoveChecks}), offers to shut running
 * servers down first, sends the one PUT through the change service and words what came of it;
 * {@link org.bigvdm.ui.move.MovePickerViewModel} is the server picker with search behind
 * "Move to…"; {@link org.bigvdm.ui.move.MoveDialogs} is the port for its dialogs. Views: {@code
 * MovePickerDialog} and {@code MoveDragSupport} (drag a disc row onto a server in the tree).
 *
 * <p>ViewModels use {@code javafx.beans} and {@code javafx.collections} only, never
 * {@code javafx.scene}, {@code api.error} or {@code settings}; a move is never sent twice.
 */
package org.bigvdm.ui.move;
