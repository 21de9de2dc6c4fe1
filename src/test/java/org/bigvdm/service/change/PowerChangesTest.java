package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.testutil.EstateFixtures;
import org.junit.jupiter.api.Test;

/** The power, undelete and move records say which request each sends, for a journal or a command to copy. */
class PowerChangesTest {
    private final VirtualMachine on = EstateFixtures.vm(11, "web1", 2, true, false,
            EstateFixtures.disc(101, "root", 25600, "sata", 11), EstateFixtures.disc(102, "data", 51200, "sata", 11));
    private final VirtualMachine off = EstateFixtures.vm(12, "db1", 2, false, false);
    private final Group group = new Group(2, 1, "default", List.of(on, off));
    private final Account account = new Account(1, "acme", false, List.of(group));
    private final ServerEntry web1 = new ServerEntry(account, group, on);
    private final ServerEntry db1 = new ServerEntry(account, group, off);

    @Test
    void eachPowerRequestRecordsWhatItAsksAndThePowerBefore() {
        assertThat(PowerChanges.start(db1).change()).satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.START_SERVER);
            assertThat(c.asked()).containsExactly(Map.entry("power_on", true), Map.entry("autoreboot_on", true));
            assertThat(c.before()).containsEntry("power_on", false);
        });
        assertThat(PowerChanges.shutdown(web1).change().asked())
                .containsExactly(Map.entry("autoreboot_on", false), Map.entry("signal", "powerdown"));
        assertThat(PowerChanges.stop(web1).change().asked())
                .containsExactly(Map.entry("power_on", false), Map.entry("autoreboot_on", false));
        assertThat(PowerChanges.startAfterShutdown(web1).change().kind()).isEqualTo(ChangeKind.RESTART_SERVER);
        assertThat(PowerChanges.reset(web1).change().asked()).containsExactly(Map.entry("signal", "reset"));
        assertThat(PowerChanges.undelete(db1).change().asked()).containsExactly(Map.entry("deleted", false));
        assertThat(PowerChanges.stop(web1).title()).isEqualTo("Stopping web1");
    }

    @Test
    void aMoveNamesBothServersSoBothAreReadAgain() {
        Disc data = on.discs().get(1);
        Change move = MoveChanges.move(web1, data, db1).change();
        assertThat(move.kind()).isEqualTo(ChangeKind.MOVE_DISC);
        assertThat(move.servers()).extracting(ServerTarget::serverId).containsExactly(11L, 12L);
        assertThat(move.asked()).containsExactly(Map.entry("virtual_machine_id", 12L));
        assertThat(move.before()).containsExactly(Map.entry("virtual_machine_id", 11L));
        assertThat(move.disc().label()).isEqualTo("data");
    }
}
