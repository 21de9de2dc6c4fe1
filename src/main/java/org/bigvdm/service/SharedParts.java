package org.bigvdm.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * A fresh read of the estate in which every account, group and server equal to the one the last
 * read made, in the same place, is that older object. Done with the read on the worker, so the
 * views can tell by identity what a refresh left alone: at 10,000 servers, making every tree node
 * again took 16-120 ms of the UI thread on each refresh, most of which change nothing.
 */
final class SharedParts {
    private final Estate previous;
    private final Map<Long, Group> groups = new HashMap<>();
    private final Map<Long, Account> accounts = new HashMap<>();

    private SharedParts(Estate previous) {
        this.previous = previous;
        for (Account a : previous.accounts()) {
            accounts.put(a.id(), a);
            for (Group g : a.groups()) {
                groups.put(g.id(), g);
            }
        }
    }

    /** {@code fresh} with its unchanged parts taken from {@code previous}; equal to {@code fresh}. */
    static List<Account> sharing(List<Account> fresh, Estate previous) {
        if (previous.accounts().isEmpty()) {
            return fresh;
        }
        SharedParts parts = new SharedParts(previous);
        List<Account> shared = new ArrayList<>(fresh.size());
        for (Account a : fresh) {
            shared.add(parts.account(a));
        }
        return shared;
    }

    private Account account(Account fresh) {
        List<Group> groupsNow = new ArrayList<>(fresh.groups().size());
        for (Group g : fresh.groups()) {
            groupsNow.add(group(fresh, g));
        }
        Account last = accounts.get(fresh.id());
        boolean same = last != null && last.name().equals(fresh.name()) && last.suspended() == fresh.suspended()
                && IdentityLists.same(last.groups(), groupsNow);
        return same ? last : new Account(fresh.id(), fresh.name(), fresh.suspended(), groupsNow);
    }

    private Group group(Account account, Group fresh) {
        List<VirtualMachine> servers = new ArrayList<>(fresh.virtualMachines().size());
        for (VirtualMachine vm : fresh.virtualMachines()) {
            servers.add(server(account, fresh, vm));
        }
        Group last = groups.get(fresh.id());
        boolean same = last != null && last.accountId() == fresh.accountId() && last.name().equals(fresh.name())
                && IdentityLists.same(last.virtualMachines(), servers);
        return same ? last : new Group(fresh.id(), fresh.accountId(), fresh.name(), servers);
    }

    /** The last read's server if it is equal and was in the same account and group (the tree's key). */
    private VirtualMachine server(Account account, Group group, VirtualMachine fresh) {
        ServerEntry last = previous.server(fresh.id()).orElse(null);
        boolean same = last != null && last.account().id() == account.id() && last.group().id() == group.id()
                && last.vm().equals(fresh);
        return same ? last.vm() : fresh;
    }
}
