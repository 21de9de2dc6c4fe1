package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Issue 13 item 2: the selected server and the selected disc stand out, in both themes, focused
 * or not. Reads the colours the CSS computed: the row's background against the text, icons and
 * neighbouring rows.
 */
class SelectionContrastTest extends DemoWindowTest {
    @BeforeEach
    void onDb1() throws Exception {
        showDb1();
        clickOn(lookup("#discTable").lookup("pgdata").queryLabeled());
    }

    @AfterEach
    void lightAgain() {
        app.onFx(() -> app.vm().darkThemeProperty().set(false));
    }

    @Test
    void theSelectionIsClearlyColouredWithReadableTextInBothThemesFocusedOrNot() throws Exception {
        for (boolean dark : List.of(false, true)) {
            app.onFx(() -> app.vm().darkThemeProperty().set(dark));
            app.onFx(() -> window.table().requestFocus());
            checkSelection(dark + ", table focused");
            app.onFx(() -> window.tree().requestFocus());
            checkSelection(dark + ", tree focused");
            clickOn("#filterField");
            checkSelection(dark + ", neither focused");
        }
    }

    private void checkSelection(String when) throws Exception {
        app.onFx(() -> app.window().applyCss());
        TableRow<?> selectedRow = tableRow("pgdata");
        TableRow<?> plainRow = tableRow("root");
        TableRow<?> stripedRow = tableRow("wal").getIndex() % 2 == 1 ? tableRow("wal") : tableRow("backups");
        Color rowBg = background(selectedRow);
        assertThat(contrast(rowBg, background(plainRow))).as(when + ": selected row vs plain row").isGreaterThan(3);
        assertThat(contrast(rowBg, background(stripedRow))).as(when + ": selected row vs stripe").isGreaterThan(3);
        for (Color text : texts(selectedRow)) {
            assertThat(contrast(text, rowBg)).as(when + ": disc text on selection").isGreaterThanOrEqualTo(4.5);
        }

        TreeCell<?> cell = lookup(".tree-cell").match(n -> n instanceof TreeCell<?> c
                && c.getItem() instanceof TreeNode t && t.title().equals("db1")).queryAs(TreeCell.class);
        assertThat(cell.isSelected()).isTrue();
        Color cellBg = background(cell);
        List<Color> shown = texts(cell);
        assertThat(shown).as("title, badge and icon").hasSizeGreaterThanOrEqualTo(3);
        for (Color text : shown) {
            assertThat(contrast(text, cellBg)).as(when + ": server text and icon on selection")
                    .isGreaterThanOrEqualTo(4.5);
        }
    }

    private TableRow<?> tableRow(String label) {
        return lookup(".table-row-cell").match(n -> n instanceof TableRow<?> r && r.getItem() instanceof DiscRow d
                && d.label().equals(label)).queryAs(TableRow.class);
    }

    /** The colour on top: the last solid fill of the region's background. */
    private static Color background(Region region) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        Paint top = fills.get(fills.size() - 1).getFill();
        assertThat(top).isInstanceOf(Color.class);
        return (Color) top;
    }

    /** Every visible text and icon colour inside the node. */
    private static List<Color> texts(Node root) {
        List<Color> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Label l && l.getText() != null && !l.getText().isEmpty()) {
                out.add((Color) l.getTextFill());
            } else if (n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                out.add((Color) l.getTextFill());
            } else if (n instanceof FontIcon icon) {
                out.add((Color) icon.getIconColor());
            }
        }
        return out;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
