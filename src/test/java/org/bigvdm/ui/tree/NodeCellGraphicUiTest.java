package org.bigvdm.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * One cell graphic moving between account, group and server rows (as filter keystrokes move
 * cells) shows each row's glyph, colour, weight and title colour with the same few nodes.
 */
@ExtendWith(ApplicationExtension.class)
class NodeCellGraphicUiTest {
    private NodeCellGraphic graphic;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        graphic = new NodeCellGraphic();
        Scene scene = new Scene(new StackPane(graphic), 400, 40);
        scene.getStylesheets().add(NodeCellGraphic.class.getResource("/org/bigvdm/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void eachKindAndPowerShowsItsOwnLookWithTheSameNodes(FxRobot robot) {
        robot.interact(() -> {
            var children = List.copyOf(graphic.getChildren());
            Look on = look(node(TreeNode.Kind.SERVER, TreeNode.Power.ON));
            Look account = look(node(TreeNode.Kind.ACCOUNT, TreeNode.Power.NONE));
            Look deleted = look(node(TreeNode.Kind.SERVER, TreeNode.Power.DELETED));
            Look group = look(node(TreeNode.Kind.GROUP, TreeNode.Power.NONE));
            Look off = look(node(TreeNode.Kind.SERVER, TreeNode.Power.OFF));
            Look onAgain = look(node(TreeNode.Kind.SERVER, TreeNode.Power.ON));

            assertThat(List.of(on.glyph, account.glyph, deleted.glyph, group.glyph, off.glyph)).containsExactly(
                    MaterialDesignS.SERVER, MaterialDesignA.ACCOUNT_BOX_OUTLINE, MaterialDesignS.SERVER_REMOVE,
                    MaterialDesignF.FOLDER_OUTLINE, MaterialDesignS.SERVER_OFF);
            // the power colours differ from each other, and a row shown again looks as it did
            assertThat(List.of(on.colour, off.colour, deleted.colour, group.colour)).doesNotHaveDuplicates();
            assertThat(account.colour).isEqualTo(group.colour);
            assertThat(onAgain).isEqualTo(on);
            assertThat(account.bold).isTrue();
            assertThat(List.of(on.bold, group.bold, deleted.bold)).containsOnly(false);
            // a deleted server's name is muted and struck through, the others' are not
            assertThat(deleted.titleColour).isNotEqualTo(on.titleColour);
            assertThat(deleted.struck).isTrue();
            assertThat(List.of(on.struck, account.struck, group.struck, off.struck)).containsOnly(false);
            assertThat(List.of(account.titleColour, group.titleColour, off.titleColour)).containsOnly(on.titleColour);
            assertThat(graphic.getChildren()).containsExactlyElementsOf(children);
        });
    }

    private Look look(TreeNode node) {
        graphic.show(node);
        graphic.applyCss();
        FontIcon icon = (FontIcon) graphic.getChildren().get(0);
        Label title = (Label) graphic.getChildren().get(1);
        graphic.layout();
        return new Look(icon.getIconCode(), icon.getIconColor(),
                title.getFont().getStyle().toLowerCase().contains("bold"),
                title.getTextFill(), ((Text) title.lookup(".text")).isStrikethrough());
    }

    private static TreeNode node(TreeNode.Kind kind, TreeNode.Power power) {
        return new TreeNode(kind + "-" + power, kind, "name " + kind, "badge", "tip", power, List.of());
    }

    private record Look(Object glyph, Paint colour, boolean bold, Paint titleColour, boolean struck) { }
}
