package org.bigvdm.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * An immutable snapshot of everything the user can see: accounts, groups, servers, discs, with
 * an index by server id and by node key. A refresh makes a new Estate (on a worker thread: the
 * index of 10,000 servers is built there); views diff old against new.
 */
public final class Estate {
    public static final Estate EMPTY = new Estate(List.of());

    private final List<Account> accounts;
    private final Map<Long, ServerEntry> serversById;
    private final List<ServerEntry> servers;
    /**
     * The servers within each account, group and server key, in tree order: selecting a node
     * looked them up by building and comparing 10,000 key strings per call, several calls a click.
     */
    private final Map<String, List<ServerEntry>> serversByNodeKey;
    /** What the filter searches, worked out here (on the worker) so no keystroke pays for it. */
    private final EstateWords words;
    /** Values worked out from this estate, by derivation: see {@link #derive}. */
    private final Map<EstateDerivation<?>, Object> derived = new ConcurrentHashMap<>(4);

    public Estate(List<Account> accounts) {
        this(accounts, null);
    }

    /**
     * A fresh read that replaces {@code previous}: each account, group and server that did not
     * change is the previous object (see {@link SharedParts}), and when nothing changed this is
     * {@code previous} itself, so a refresh that found nothing new costs the views nothing.
     * Meant for the worker thread, with the read.
     */
    public static Estate read(List<Account> fresh, Estate previous) {
        List<Account> shared = SharedParts.sharing(fresh, previous);
        if (!previous.accounts.isEmpty() && IdentityLists.same(shared, previous.accounts)) {
            return previous;
        }
        return new Estate(shared, previous.words);
    }

    private Estate(List<Account> accounts, EstateWords previousWords) {
        this.accounts = List.copyOf(accounts);
        Map<Long, ServerEntry> index = new LinkedHashMap<>();
        for (Account a : this.accounts) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    index.put(vm.id(), new ServerEntry(a, g, vm));
                }
            }
        }
        Map<String, List<ServerEntry>> byKey = new HashMap<>();
        for (ServerEntry e : index.values()) {
            byKey.computeIfAbsent(NodeKeys.account(e.account().id()), k -> new ArrayList<>()).add(e);
            byKey.computeIfAbsent(NodeKeys.group(e.account().id(), e.group().id()), k -> new ArrayList<>()).add(e);
            byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
        }
        byKey.replaceAll((k, list) -> Collections.unmodifiableList(list));
        this.serversById = Collections.unmodifiableMap(index);
        this.servers = List.copyOf(index.values());
        this.serversByNodeKey = byKey;
        this.words = this.accounts.isEmpty() ? EstateWords.EMPTY : new EstateWords(this.accounts, previousWords);
    }

    public List<Account> accounts() {
        return accounts;
    }

    /** Every server in tree order. */
    public List<ServerEntry> servers() {
        return servers;
    }

    public Optional<ServerEntry> server(long vmId) {
        return Optional.ofNullable(serversById.get(vmId));
    }

    /** Servers whose node key lies within {@code nodeKey} (an account, group or server key); read-only. */
    public List<ServerEntry> serversWithin(String nodeKey) {
        if (NodeKeys.ALL.equals(nodeKey)) {
            return servers;
        }
        return serversByNodeKey.getOrDefault(nodeKey, List.of());
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

    /**
     * What {@code derivation} makes of this estate, worked out by the first thread to ask and then
     * kept, reusing what it made of {@code previous}, the estate this one replaces (or null).
     */
    @SuppressWarnings("unchecked")
    public <T> T derive(EstateDerivation<T> derivation, Estate previous) {
        return (T) derived.computeIfAbsent(derivation, d -> d.of(this, previous));
    }

    /** What {@code derivation} made of this estate if it was asked for already, else null. */
    @SuppressWarnings("unchecked")
    public <T> T derivedIfDone(EstateDerivation<T> derivation) {
        return (T) derived.get(derivation);
    }

    /** The lower-cased words of every server and disc, for the filter. */
    public EstateWords words() {
        return words;
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
        // only the fresh server's words are worked out again
        return new Estate(newAccounts, words);
    }
}
