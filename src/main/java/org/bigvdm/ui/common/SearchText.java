package org.bigvdm.ui.common;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The lower-cased words {@link EstateFilter} searches, worked out once per server and kept while
 * the estate lasts: at 10,000 servers each keystroke lower-cased and formatted ~300,000 strings
 * (names, labels, ids, grades), most of its time and garbage. A server read again (another
 * object) is worked out again. Not thread-safe: the UI thread uses it.
 */
public final class SearchText {
    /** Between the words of {@link ServerWords#joined}: a character no one types. */
    private static final char SEPARATOR = '\u0000';
    private final Map<String, String> gradeDescriptions;
    /**
     * By the server object itself: a keystroke looks up every server, and an identity map
     * compares references where a map by id boxed and compared 10,000 Longs (a third of the
     * keystroke in a profile). The map lives as long as its estate, so each server is one object.
     */
    private final Map<VirtualMachine, ServerWords> byServer = new IdentityHashMap<>();

    public SearchText(Map<String, String> gradeDescriptions) {
        this.gradeDescriptions = gradeDescriptions == null ? Map.of() : Map.copyOf(gradeDescriptions);
    }

    /** The service's words for each grade code ("ssd" → "Premium SSD"), which the filter also matches. */
    public Map<String, String> gradeDescriptions() {
        return gradeDescriptions;
    }

    /** The server's name or hostname contains {@code needle} (lower case). */
    boolean serverContains(VirtualMachine vm, String needle) {
        return anyContains(words(vm).server, needle);
    }

    /** The server itself or one of its discs (by label, id or grade) contains {@code needle}. */
    boolean serverOrDiscContains(VirtualMachine vm, String needle) {
        ServerWords words = words(vm);
        if (needle.indexOf(SEPARATOR) < 0) {
            return words.joined.contains(needle); // one search instead of ~34 (one per word)
        }
        if (anyContains(words.server, needle)) {
            return true;
        }
        for (String[] disc : words.discs) {
            if (anyContains(disc, needle)) {
                return true;
            }
        }
        return false;
    }

    /** This disc matches {@code needle} by label, id or grade (code or words). */
    boolean discContains(VirtualMachine vm, Disc disc, String needle) {
        ServerWords words = words(vm);
        List<Disc> discs = vm.discs();
        for (int i = 0; i < discs.size(); i++) {
            if (discs.get(i) == disc) {
                return anyContains(words.discs[i], needle);
            }
        }
        return anyContains(discWords(disc), needle); // a disc object from elsewhere
    }

    private ServerWords words(VirtualMachine vm) {
        ServerWords known = byServer.get(vm);
        if (known != null) {
            return known;
        }
        List<Disc> discs = vm.discs();
        String[][] discWords = new String[discs.size()][];
        for (int i = 0; i < discWords.length; i++) {
            discWords[i] = discWords(discs.get(i));
        }
        String[] server = {lower(vm.name()), lower(vm.hostname())};
        ServerWords made = new ServerWords(server, discWords, joined(server, discWords));
        byServer.put(vm, made);
        return made;
    }

    /**
     * Every word in one string, each after a separator: a needle without the separator is found
     * in it exactly when it is found in one of the words, as no match can span two of them.
     */
    private static String joined(String[] server, String[][] discs) {
        StringBuilder all = new StringBuilder(64 + 48 * discs.length);
        appendWords(all, server);
        for (String[] disc : discs) {
            appendWords(all, disc);
        }
        return all.toString();
    }

    private static void appendWords(StringBuilder all, String[] words) {
        for (String w : words) {
            if (w != null) {
                all.append(SEPARATOR).append(w);
            }
        }
    }

    private String[] discWords(Disc disc) {
        String grade = disc.storageGrade();
        return new String[] {lower(disc.label()), Long.toString(disc.id()), lower(grade),
                grade == null ? null : lower(gradeDescriptions.get(grade))};
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static boolean anyContains(String[] haystacks, String needle) {
        for (String h : haystacks) {
            if (h != null && h.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private record ServerWords(String[] server, String[][] discs, String joined) {
    }
}
