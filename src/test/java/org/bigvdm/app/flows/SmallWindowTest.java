package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.SplitPane;
import org.junit.jupiter.api.Test;

/** Issue 13 item 9: in a small window the tree gives way, Label and Size keep their room, empty columns go. */
class SmallWindowTest extends DemoWindowTest {
    @Test
    void atEightHundredByFiveHundredTheLabelAndSizeColumnsKeepTheirRoom() throws Exception {
        app.onFx(() -> {
            app.stage().setWidth(800);
            app.stage().setHeight(500);
        });
        window.clickServer("www1");
        app.waitUntil(() -> window.table().getItems().size() == 2);
        SplitPane split = app.window().splitPane();
        app.waitUntil(() -> split.getItems().get(0).getLayoutBounds().getWidth() <= 0.41 * split.getWidth());
        assertThat(window.column("labelColumn").getWidth()).isGreaterThanOrEqualTo(110);
        assertThat(window.column("sizeColumn").getWidth()).isGreaterThanOrEqualTo(80);
        assertThat(window.cellTexts("sizeColumn")).allMatch(t -> t.endsWith("GiB"));
        assertThat(window.column("migrationColumn").isVisible()).as("nothing migrates on www1").isFalse();

        window.clickServer("db1");   // its reports disc moves to ssd
        app.waitUntil(() -> window.column("migrationColumn").isVisible());
    }
}
