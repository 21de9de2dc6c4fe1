package org.bigvdm.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * An immutable snapshot of everything the user can see: accounts, groups, servers, discs, with
 * an index by server id. A refresh makes a new Estate; views diff old against new.
 */
public final class Estate {
    public static final Estate EMPTY = new Estate(List.of());

    private final List<Account> accounts;
    private final Map<Long, ServerEntry> serversById;

    public Estate(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
        Map<Long, ServerEntry> index = new LinkedHashMap<>();
        for (Account a : this.accounts) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    index.put(vm.id(), new ServerEntry(a, g, vm));
                }
            }
        }
        this.serversById = Collections.unmodifiableMap(index);
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** Every server in tree order. */
    public List<ServerEntry> servers() {
        return List.copyOf(serversById.values());
    }

    public Optional<ServerEntry> server(long vmId) {
        return Optional.ofNullable(serversById.get(vmId));
    }

    /** Servers whose node key lies within {@code nodeKey} (an account, group or server key). */
    public List<ServerEntry> serversWithin(String nodeKey) {
        List<ServerEntry> out = new ArrayList<>();
        for (ServerEntry e : serversById.values()) {
            if (NodeKeys.isWithin(e.key(), nodeKey)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The server whose node key this is, if the key names exactly one server (not a group or
     * an account): what the disc actions apply to.
     */
    public Optional<ServerEntry> serverAt(String nodeKey) {
        if (nodeKey == null) {
            return Optional.empty();
        }
        List<ServerEntry> within = serversWithin(nodeKey);
        boolean exactlyThat = within.size() == 1 && within.get(0).key().equals(nodeKey);
        return exactlyThat ? Optional.of(within.get(0)) : Optional.empty();
    }

    public int serverCount() {
        return serversById.size();
    }

    /** A copy with one server replaced by a fresher read of it; unknown servers leave it as is. */
    public Estate withServer(VirtualMachine fresh) {
        ServerEntry old = serversById.get(fresh.id());
        if (old == null) {
            return this;
        }
        List<Account> newAccounts = new ArrayList<>(accounts.size());
        for (Account a : accounts) {
            if (a.id() != old.account().id()) {
                newAccounts.add(a);
                continue;
            }
            List<Group> groups = new ArrayList<>(a.groups().size());
            for (Group g : a.groups()) {
                if (g.id() != old.group().id()) {
                    groups.add(g);
                    continue;
                }
                List<VirtualMachine> vms = new ArrayList<>(g.virtualMachines());
                vms.replaceAll(v -> v.id() == fresh.id() ? fresh : v);
                groups.add(new Group(g.id(), g.accountId(), g.name(), vms));
            }
            newAccounts.add(new Account(a.id(), a.name(), a.suspended(), groups));
        }
        return new Estate(newAccounts);
    }
}
