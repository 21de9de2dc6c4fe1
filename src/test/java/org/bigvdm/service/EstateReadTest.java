package org.bigvdm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.testutil.EstateFixtures.disc;
import static org.bigvdm.testutil.EstateFixtures.vm;

import java.util.ArrayList;
import java.util.List;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.testutil.EstateFixtures;
import org.junit.jupiter.api.Test;

/** A fresh read shares what did not change with the estate it replaces, and only that. */
class EstateReadTest {
    private final Estate shown = new Estate(EstateFixtures.smallEstate());

    private VirtualMachine shownServer(long id) {
        return shown.server(id).orElseThrow().vm();
    }

    @Test
    void aReadThatFoundNothingNewIsTheEstateShown() {
        assertThat(Estate.read(EstateFixtures.smallEstate(), shown)).isSameAs(shown);
    }

    @Test
    void aChangedServerIsNewAndEverythingElseIsTheObjectShown() {
        VirtualMachine db1 = shownServer(12);
        VirtualMachine renamed = db1.withDiscs(List.of(disc(103, "system", 10240, "sata", 12)));
        List<Account> fresh = new Estate(EstateFixtures.smallEstate()).withServer(renamed).accounts();

        Estate read = Estate.read(fresh, shown);

        assertThat(read.accounts()).isEqualTo(fresh);
        assertThat(read.server(12).orElseThrow().vm()).isNotSameAs(db1).isEqualTo(renamed);
        assertThat(read.server(11).orElseThrow().vm()).isSameAs(shownServer(11));
        assertThat(read.server(13).orElseThrow().vm()).isSameAs(shownServer(13));
        // the other account, and the untouched group beside the changed one, are the same objects
        assertThat(read.accounts().get(1)).isSameAs(shown.accounts().get(1));
        assertThat(read.accounts().get(0).groups().get(1)).isSameAs(shown.accounts().get(0).groups().get(1));
        assertThat(read.accounts().get(0)).isNotSameAs(shown.accounts().get(0));
        // the filter's words are worked out again only for the changed server
        assertThat(read.words().of(read.server(11).orElseThrow().vm()))
                .isSameAs(shown.words().of(shownServer(11)));
        assertThat(read.words().of(read.server(12).orElseThrow().vm()).text()).contains("system");
    }

    @Test
    void anEqualServerListedInAnotherGroupIsNotShared() {
        // its record is unchanged (the group id field included), but its place in the tree is not
        List<Account> fresh = new ArrayList<>(EstateFixtures.smallEstate());
        Account acme = fresh.get(0);
        Group web = acme.groups().get(0);
        VirtualMachine web1 = web.virtualMachines().get(0);
        Group rest = new Group(web.id(), web.accountId(), web.name(), web.virtualMachines().subList(1, 3));
        Group staging = new Group(2, 1, "staging", List.of(web1));
        fresh.set(0, new Account(acme.id(), acme.name(), acme.suspended(), List.of(rest, staging)));

        Estate read = Estate.read(fresh, shown);

        assertThat(read.server(11).orElseThrow().group().id()).isEqualTo(2);
        assertThat(read.server(11).orElseThrow().vm()).isNotSameAs(shownServer(11));
        assertThat(read.server(12).orElseThrow().vm()).isSameAs(shownServer(12));
    }

    @Test
    void aServerAddedKeepsTheOthersShared() {
        VirtualMachine added = vm(14, "cache", 1, true, false, disc(105, "root", 10240, "ssd", 14));
        List<Account> fresh = new ArrayList<>(EstateFixtures.smallEstate());
        Account acme = fresh.get(0);
        Group web = acme.groups().get(0);
        List<VirtualMachine> servers = new ArrayList<>(web.virtualMachines());
        servers.add(0, added);
        fresh.set(0, new Account(acme.id(), acme.name(), acme.suspended(),
                List.of(new Group(web.id(), web.accountId(), web.name(), servers), acme.groups().get(1))));

        Estate read = Estate.read(fresh, shown);

        assertThat(read.serverCount()).isEqualTo(5);
        assertThat(read.server(14).orElseThrow().vm()).isSameAs(added);
        assertThat(read.server(11).orElseThrow().vm()).isSameAs(shownServer(11));
        assertThat(read.server(21).orElseThrow().vm()).isSameAs(shownServer(21));
    }

    @Test
    void theFirstReadIsTakenAsItCame() {
        List<Account> fresh = EstateFixtures.smallEstate();
        Estate read = Estate.read(fresh, Estate.EMPTY);
        assertThat(read).isNotSameAs(Estate.EMPTY);
        assertThat(read.accounts().get(0)).isSameAs(fresh.get(0));
    }

    @Test
    void anEmptyReadReplacesAnEstate() {
        assertThat(Estate.read(List.of(), shown).serverCount()).isZero();
    }
}
