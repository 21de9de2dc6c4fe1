package org.bigvdm.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.overview.Figure;
import org.bigvdm.testutil.GeneratedEstates;
import org.bigvdm.testutil.ReadBackupLists;
import org.bigvdm.ui.common.SizeFormat;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The overview on screen: the backup-age figure (what it says, over how many lists, that clicking
 * it narrows the table), the bars per group, and how its sections reflow with the width.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewViewUiTest {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    private final SimpleObjectProperty<Estate> estate =
            new SimpleObjectProperty<>(GeneratedEstates.estate(60, 5, GeneratedEstates::varied));
    private final ReadBackupLists reads = new ReadBackupLists();
    private DiscTableViewModel table;
    private OverviewViewModel vm;

    @Start
    void start(Stage stage) {
        ServerTreeViewModel tree = new ServerTreeViewModel(estate);
        table = new DiscTableViewModel(estate, new SimpleObjectProperty<>(new Definitions(null, null, null)),
                tree.selectedKeyProperty());
        vm = new OverviewViewModel(estate, tree, table, ImmediateTaskRunner.create());
        vm.countBackupAges(reads, Clock.fixed(NOW, ZoneOffset.UTC));
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        // tall enough for Headroom and Backups, which go under the charts at this width
        stage.setScene(new Scene(new OverviewView(vm), 900, 480));
        stage.show();
    }

    @Test
    void saysHowManyDiscsWereLastBackedUpOverAWeekAgoOfHowManyReadAndShowsThemOnAClick(FxRobot robot) {
        assertThat(robot.lookup("#backupAges .label").queryAs(Label.class).getText())
                .isEqualTo("Backup ages: no backup list read here yet");
        List<Disc> withBackups = estate.get().servers().stream().flatMap(s -> s.vm().discs().stream())
                .filter(d -> d.backupCount() != null && d.backupCount() > 0).toList();
        Set<Long> old = withBackups.stream().filter(d -> d.id() % 2 == 0).map(Disc::id).collect(Collectors.toSet());
        assertThat(old).isNotEmpty().hasSizeLessThan(withBackups.size());

        robot.interact(() -> {
            for (Disc d : withBackups) {
                Duration age = Duration.ofDays(old.contains(d.id()) ? 9 : 2);
                reads.read(d.id(), new BackupListRead(d.backupCount(), d.backupCount(), Optional.of(NOW.minus(age))));
            }
        });

        Hyperlink figure = robot.lookup("#backupAges .hyperlink").queryAs(Hyperlink.class);
        assertThat(figure.getText()).startsWith(old.size() + " disc" + (old.size() == 1 ? "" : "s")
                + " last backed up over a week ago");
        assertThat(robot.lookup("#backupAgesOver").queryAs(Label.class).getText())
                .isEqualTo("of " + withBackups.size() + " discs whose backups were read");
        robot.clickOn(figure);
        assertThat(table.rows()).extracting(DiscRow::id).containsExactlyInAnyOrderElementsOf(old);
    }

    @Test
    void aNarrowOverviewWrapsItsFiguresInsteadOfCuttingThem(FxRobot robot) {
        // 640 px: narrower than the overview beside the tree in a 1280 px window
        robot.interact(() -> robot.window(0).setWidth(640));
        robot.interact(() -> { });
        List<Hyperlink> links = new ArrayList<>(robot.lookup("#headroom .hyperlink").queryAllAs(Hyperlink.class));
        links.addAll(robot.lookup("#backupCoverage .hyperlink").queryAllAs(Hyperlink.class));
        assertThat(links).hasSizeGreaterThan(4);
        for (Hyperlink link : links) {
            Text shown = (Text) link.lookup(".text");
            assertThat(shown.getText()).as("what %s shows", link.getText()).isEqualTo(link.getText());
        }
    }

    @Test
    void aGroupsNameShowsItsDiscsAndAPartOfItsBarTheDiscsOfThatGrade(FxRobot robot) {
        EstateOverview ov = vm.overviewProperty().get();
        EstateOverview.GroupTotal largest = ov.byGroup().stream()
                .max(Comparator.comparingLong(g -> g.total().mib())).orElseThrow();
        Hyperlink name = robot.lookup("#groupBars .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals(largest.name())).findFirst().orElseThrow();
        Region bar = robot.lookup("#groupBars .group-bar").queryAllAs(Region.class).stream()
                .filter(b -> b.getAccessibleText().startsWith(largest.name() + ": ")).findFirst().orElseThrow();
        assertThat(bar.getAccessibleText()).as("the bar in words")
                .contains(SizeFormat.mib(largest.total().mib())).containsPattern("\\(\\w[^)]* \\d");

        robot.clickOn(name);
        assertThat(table.rows()).extracting(DiscRow::id)
                .containsExactlyInAnyOrderElementsOf(largest.total().slice().discs());

        Node first = bar.getChildrenUnmodifiable().get(0);
        Figure part = ov.byGrade().stream().map(g -> largest.byGrade().get(g.name().equals("no grade") ? "" : g.name()))
                .filter(f -> f != null && f.mib() > 0).findFirst().orElseThrow();
        robot.clickOn(first);
        assertThat(table.rows()).extracting(DiscRow::id).containsExactlyInAnyOrderElementsOf(part.slice().discs());
    }

    @Test
    void itsSectionsGoInARowWhenWideUnderEachOtherWhenNarrowAndNeverScrollSideways(FxRobot robot) {
        Node grade = robot.lookup("#gradeTable").query();
        Node group = robot.lookup("#groupBars").query();
        Node headroom = robot.lookup("#headroom").query();
        Node backups = robot.lookup("#backupCoverage").query();

        robot.interact(() -> robot.window(0).setWidth(1400));
        assertApart(grade, group, headroom, backups);
        assertThat(bounds(headroom).getMinX()).as("Headroom right of the bars").isGreaterThan(bounds(group).getMaxX());
        assertThat(bounds(backups).getMinY()).as("Backups under Headroom").isGreaterThan(bounds(headroom).getMaxY());

        robot.interact(() -> robot.window(0).setWidth(900));
        assertApart(grade, group, headroom, backups);
        assertThat(bounds(group).getMinX()).as("the bars right of the grades").isGreaterThan(bounds(grade).getMaxX());
        assertThat(Math.min(bounds(headroom).getMinY(), bounds(backups).getMinY())).as("Headroom and Backups under them")
                .isGreaterThan(Math.min(bounds(grade).getMaxY(), bounds(group).getMaxY()));

        robot.interact(() -> robot.window(0).setWidth(640));
        assertApart(grade, group, headroom, backups);
        robot.interact(() -> robot.window(0).setWidth(420));
        assertApart(grade, group, headroom, backups);
        assertThat(bounds(group).getMinY()).as("the bars under the grades").isGreaterThan(bounds(grade).getMaxY());
        assertThat(bounds(headroom).getMinY()).as("Headroom under the bars").isGreaterThan(bounds(group).getMaxY());
        assertThat(bounds(backups).getMinY()).as("Backups under Headroom").isGreaterThan(bounds(headroom).getMaxY());
        for (Node n : List.of(grade, group, headroom, backups)) {
            assertThat(bounds(n).getMaxX()).as("right edge of %s", n.getId()).isLessThanOrEqualTo(420.5);
        }
    }

    /** No two of the sections overlap. */
    private static void assertApart(Node... sections) {
        for (int i = 0; i < sections.length; i++) {
            for (int j = i + 1; j < sections.length; j++) {
                assertThat(bounds(sections[i]).intersects(bounds(sections[j])))
                        .as("%s over %s", sections[i].getId(), sections[j].getId()).isFalse();
            }
        }
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
