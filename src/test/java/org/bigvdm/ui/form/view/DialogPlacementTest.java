package org.bigvdm.ui.form.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class DialogPlacementTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D CENTRED = new Rectangle2D(400, 250, 480, 300);

    @Test
    void aDialogClearOfTheRowStaysWhereItIs() {
        assertThat(DialogPlacement.clearOf(CENTRED, new Rectangle2D(300, 100, 800, 24), SCREEN))
                .isEqualTo(new Point2D(400, 250));
        assertThat(DialogPlacement.clearOf(CENTRED, null, SCREEN)).isEqualTo(new Point2D(400, 250));
    }

    @Test
    void aDialogOverTheRowMovesBelowIt() {
        assertThat(DialogPlacement.clearOf(CENTRED, new Rectangle2D(300, 300, 800, 24), SCREEN))
                .isEqualTo(new Point2D(400, 324 + DialogPlacement.GAP));
    }

    @Test
    void withNoRoomBelowItGoesAboveTheRow() {
        assertThat(DialogPlacement.clearOf(CENTRED, new Rectangle2D(300, 520, 800, 24), SCREEN))
                .isEqualTo(new Point2D(400, 520 - DialogPlacement.GAP - 300));
    }

    @Test
    void withNoRoomEitherSideItStaysCentred() {
        Rectangle2D tall = new Rectangle2D(400, 50, 480, 700);
        assertThat(DialogPlacement.clearOf(tall, new Rectangle2D(300, 380, 800, 24), SCREEN))
                .isEqualTo(new Point2D(400, 50));
    }
}
