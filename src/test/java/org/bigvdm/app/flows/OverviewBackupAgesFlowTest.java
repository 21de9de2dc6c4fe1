package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.testutil.SimBrains;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's "backups older than a week" in the whole app on the demo: www2/root keeps only its
 * backup of 40 days ago; selecting the account shows its discs, the Backups column reads their
 * lists, and the overview counts over them without a request of its own.
 */
class OverviewBackupAgesFlowTest extends DemoWindowTest {
    private static final VmRef WWW2 = new VmRef(DemoEstate.ACCOUNT, "production", "www2");

    /** The test deletes a backup before the app starts, so the first read sees it gone. */
    @Override
    protected boolean startsDemoBeforeEach() {
        return false;
    }

    @Test
    void theAccountsOverviewCountsTheDiscLastBackedUpOverAWeekAgoAndShowsItOnAClick() throws Exception {
        BrainApi brain = new SimBrains(SIM).api;
        List<Backup> backups = brain.backups(WWW2, "root");
        brain.deleteBackup(WWW2, "root", String.valueOf(backups.get(backups.size() - 1).id()));
        long rootId = backups.get(0).parentDiscId();

        startDemo();
        long account = app.estate().estate().accounts().stream().filter(a -> a.name().equals(DemoEstate.ACCOUNT))
                .findFirst().orElseThrow().id();
        app.onFx(() -> app.vm().tree().selectedKeyProperty().set(NodeKeys.account(account)));

        app.waitUntil(() -> lookup("#backupAges .hyperlink").tryQuery().isPresent());
        app.waitUntil(() -> lookup("#backupAges .hyperlink").queryAs(Hyperlink.class).getText()
                .startsWith("1 disc last backed up over a week ago"));
        assertThat(lookup("#backupAgesOver").queryAs(Label.class).getText()).matches("of \\d+ discs whose backups were read");

        clickOn(lookup("#backupAges .hyperlink").queryAs(Hyperlink.class));
        app.waitUntil(() -> app.vm().table().rows().size() == 1);
        assertThat(app.vm().table().rows()).extracting(DiscRow::id).containsExactly(rootId);
    }
}
