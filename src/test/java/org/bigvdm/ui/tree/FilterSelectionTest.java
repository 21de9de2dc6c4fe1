package org.bigvdm.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.junit.jupiter.api.Test;

/** Issue 13 item 3: the filter and the selection agree; discs are found by label, id and grade. */
class FilterSelectionTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(new Estate(EstateFixtures.smallEstate()));
    private final ServerTreeViewModel tree = new ServerTreeViewModel(estate);
    private final DiscTableViewModel table = new DiscTableViewModel(estate,
            new SimpleObjectProperty<Definitions>(new FakeEstateApi().definitions()), tree.selectedKeyProperty());

    {
        table.filterProperty().bind(tree.activeFilterProperty());
        tree.definitionsProperty().set(new FakeEstateApi().definitions());
    }

    @Test
    void aGradesDescriptionFindsItsDiscsAsTheCodeDoes() {
        tree.filterProperty().set("premium ssd");   // web1's "data" is ssd, "Premium SSD"
        assertThat(tree.roots().get(0).children().get(0).children()).extracting(TreeNode::title)
                .containsExactly("web1");

        tree.selectedKeyProperty().set(NodeKeys.account(1));   // matching discs only
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("data");

        tree.filterProperty().set("ssd");   // the code "ssd" and the words "Standard SSD" of sata (web1, db1, old)
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("root", "data", "vda", "root");

        tree.filterProperty().set("Archive storage");
        assertThat(tree.roots()).extracting(TreeNode::title).containsExactly("beta");
    }

    @Test
    void aDiscLabelIdOrGradeFindsItsServer() {
        tree.filterProperty().set("data");   // web1's disc "data"
        assertThat(tree.shownServersProperty().get()).isEqualTo(1);
        assertThat(tree.roots().get(0).children().get(0).children().get(0).title()).isEqualTo("web1");

        tree.filterProperty().set("103");    // db1's disc id
        assertThat(tree.roots().get(0).children().get(0).children()).extracting(TreeNode::title)
                .containsExactly("db1");

        tree.filterProperty().set("ARCHIVE"); // mail's disc grade
        assertThat(tree.roots()).extracting(TreeNode::title).containsExactly("beta");
    }

    @Test
    void aSelectionTheFilterHidesIsClearedAndTheTableFollows() {
        tree.selectedKeyProperty().set(NodeKeys.server(1, 1, 12));   // db1
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("vda");
        table.selectedRowProperty().set(table.rows().get(0));

        tree.filterProperty().set("web");
        assertThat(tree.selectedKeyProperty().get()).isNull();
        assertThat(table.rows()).isEmpty();
        assertThat(table.selectedRowProperty().get()).isNull();
    }

    @Test
    void aSelectionTheFilterStillShowsStays() {
        String web1 = NodeKeys.server(1, 1, 11);
        tree.selectedKeyProperty().set(web1);
        tree.filterProperty().set("web");
        assertThat(tree.selectedKeyProperty().get()).isEqualTo(web1);
        tree.filterProperty().set("");
        assertThat(tree.selectedKeyProperty().get()).isEqualTo(web1);
    }

    @Test
    void enterSelectsTheFirstMatchingServer() {
        tree.filterProperty().set("root");   // web1 and mail have a disc "root"
        tree.selectFirstMatch();
        assertThat(tree.selectedKeyProperty().get()).isEqualTo(NodeKeys.server(1, 1, 11));
    }

    @Test
    void aGroupOrAccountWhileFilteringListsOnlyTheMatchingDiscs() {
        tree.filterProperty().set("premium");   // the grade of web1's disc "data"
        tree.selectedKeyProperty().set(NodeKeys.account(1));
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("data");
        assertThat(table.rows()).extracting(DiscRow::serverName).containsExactly("web1");

        tree.filterProperty().set("web1");  // the server itself matches: all its discs
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("root", "data");

        tree.filterProperty().set("");
        assertThat(table.rows()).extracting(DiscRow::label).contains("root", "data", "vda");
    }

    @Test
    void aServerSelectedWhileFilteringListsAllItsDiscs() {
        tree.filterProperty().set("data");
        tree.selectedKeyProperty().set(NodeKeys.server(1, 1, 11));
        assertThat(table.rows()).extracting(DiscRow::label).containsExactly("root", "data");
    }
}
