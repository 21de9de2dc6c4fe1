package org.bigvdm.service;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The lower-cased words the tree's filter searches (server name and hostname; each disc's label,
 * id and grade code), worked out with the {@link Estate} on its worker thread: at 10,000 servers
 * that took 60-100 ms of the first filter keystroke on the UI thread. The grades' descriptions
 * come from elsewhere and later, so they are not in here. Servers are in tree order (accounts,
 * groups, servers, as listed), so a caller walking the estate in that order can use
 * {@link #at(int)} instead of a lookup per server.
 */
public final class EstateWords {
    /** Between the words of a {@link ServerText}: a character no one types. */
    public static final char SEPARATOR = '\u0000';
    static final EstateWords EMPTY = new EstateWords(List.of(), null);

    private final VirtualMachine[] servers;
    private final ServerText[] texts;
    /** By the server object: within an estate each server is one object (an id would box). */
    private final Map<VirtualMachine, ServerText> byServer;

    /** @param previous the words of the estate this one replaces in part: unchanged servers keep theirs */
    EstateWords(List<Account> accounts, EstateWords previous) {
        int count = 0;
        for (Account a : accounts) {
            for (Group g : a.groups()) {
                count += g.virtualMachines().size();
            }
        }
        servers = new VirtualMachine[count];
        texts = new ServerText[count];
        byServer = new IdentityHashMap<>(count);
        int i = 0;
        for (Account a : accounts) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    ServerText known = previous == null ? null : previous.byServer.get(vm);
                    ServerText text = known != null ? known : ServerText.of(vm);
                    servers[i] = vm;
                    texts[i++] = text;
                    byServer.put(vm, text);
                }
            }
        }
    }

    /** How many servers, counting each time one is listed. */
    public int size() {
        return servers.length;
    }

    /** The {@code index}th server in tree order. */
    public VirtualMachine server(int index) {
        return servers[index];
    }

    /** The words of the {@code index}th server in tree order, if it is {@code vm}; else looked up (or null). */
    public ServerText at(int index, VirtualMachine vm) {
        return index >= 0 && index < servers.length && servers[index] == vm ? texts[index] : byServer.get(vm);
    }

    /** The words of this server object of the estate, or null for a server from elsewhere. */
    public ServerText of(VirtualMachine vm) {
        return byServer.get(vm);
    }

    /**
     * One server's words in one string, each after a {@link #SEPARATOR}: a needle without the
     * separator is found in it exactly when one of the words contains it, as no match can span
     * two. The server's own words come first, then each disc's; {@code ends} marks where each
     * part ends (0: the server's, 1 + i: disc i's).
     */
    public record ServerText(String text, int[] ends) {
        /** Worked out for one server (one not of an estate at hand). */
        public static ServerText of(VirtualMachine vm) {
            List<Disc> discs = vm.discs();
            StringBuilder all = new StringBuilder(32 + 24 * discs.size());
            int[] ends = new int[1 + discs.size()];
            append(all, vm.name());
            append(all, vm.hostname());
            ends[0] = all.length();
            for (int d = 0; d < discs.size(); d++) {
                Disc disc = discs.get(d);
                append(all, disc.label());
                all.append(SEPARATOR).append(disc.id());
                append(all, disc.storageGrade());
                ends[1 + d] = all.length();
            }
            return new ServerText(all.toString(), ends);
        }

        private static void append(StringBuilder all, String word) {
            if (word != null) {
                all.append(SEPARATOR).append(word.toLowerCase(Locale.ROOT));
            }
        }

        /** One of the words contains {@code needle} (lower case, no separator in it). */
        public boolean contains(String needle) {
            return text.contains(needle);
        }

        /** The server's name or hostname contains {@code needle} (lower case, no separator). */
        public boolean serverContains(String needle) {
            int at = text.indexOf(needle);
            return at >= 0 && at < ends[0];
        }

        /** Disc {@code index}'s label, id or grade code contains {@code needle} (lower case, no separator). */
        public boolean discContains(int index, String needle) {
            int at = text.indexOf(needle, ends[index]);
            return at >= 0 && at < ends[index + 1];
        }
    }
}
