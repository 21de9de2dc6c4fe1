package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bigvdm.api.model.Privilege;
import org.bigvdm.testutil.EstateFixtures;
import org.junit.jupiter.api.Test;

/** Issue 13 item 7: privileges per server, group and account; a 403 still wins. */
class AccessRightsTest {
    private final Estate estate = new Estate(EstateFixtures.smallEstate());
    private final ServerEntry web1 = estate.server(11).orElseThrow();   // acme (1) / default (1)
    private final ServerEntry db1 = estate.server(12).orElseThrow();    // acme (1) / default (1)
    private final ServerEntry mail = estate.server(21).orElseThrow();   // beta (2) / default (3)
    private final AccessRights access = new AccessRights();

    @Test
    void unknownPrivilegesLeaveEverythingToTheService() {
        assertThat(access.privilegesKnown()).isFalse();
        assertThat(access.mayChange(web1)).isTrue();
    }

    @Test
    void eachLevelCoversItsOwnTarget() {
        access.usePrivileges(List.of(Privilege.onServer(1, "u", Privilege.VM_ADMIN, 11, "web1"),
                Privilege.onServer(2, "u", Privilege.VM_CONSOLE, 12, "db1")));
        assertThat(access.mayChange(web1)).isTrue();
        assertThat(access.mayChange(db1)).as("console only").isFalse();
        assertThat(access.mayChange(mail)).isFalse();

        access.usePrivileges(List.of(Privilege.onGroup(1, "u", Privilege.GROUP_ADMIN, 3, "default")));
        assertThat(access.mayChange(mail)).isTrue();
        assertThat(access.mayChange(web1)).isFalse();

        access.usePrivileges(List.of(Privilege.onAccount(1, "u", Privilege.ACCOUNT_ADMIN, 1, "acme")));
        assertThat(access.mayChange(web1)).isTrue();
        assertThat(access.mayChange(db1)).isTrue();
        assertThat(access.mayChange(mail)).isFalse();
    }

    @Test
    void a403StillWinsAndANewSignInForgetsBoth() {
        access.usePrivileges(List.of(Privilege.onAccount(1, "u", Privilege.ACCOUNT_ADMIN, 1, "acme")));
        int[] heard = {0};
        access.changes().addListener(o -> heard[0]++);
        access.markReadOnly(1);
        assertThat(access.mayChange(web1)).isFalse();
        assertThat(heard[0]).isPositive();

        access.forget();
        assertThat(access.privilegesKnown()).isFalse();
        assertThat(access.mayChange(web1)).isTrue();
    }
}
