package org.bigvdm.ui.common;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.EstateWords;
import org.bigvdm.service.EstateWords.ServerText;

/**
 * What {@link EstateFilter} searches: the estate's words ({@link EstateWords}, worked out with the
 * estate on its worker thread) and the service's words for each grade, which arrive separately.
 * A server from elsewhere (not an object of that estate) has its words worked out here and kept.
 * Not thread-safe: the UI thread uses it.
 */
public final class SearchText {
    private final Map<String, String> gradeDescriptions;
    private final EstateWords estateWords;
    /** Servers not of {@link #estateWords}, by the object (see {@link EstateWords}). */
    private final Map<VirtualMachine, ServerText> others = new IdentityHashMap<>();
    /** The grade codes whose description contains {@link #gradesNeedle}: worked out once a keystroke. */
    private Set<String> grades = new HashSet<>();
    private String gradesNeedle;

    public SearchText(Map<String, String> gradeDescriptions) {
        this(gradeDescriptions, null);
    }

    /** @param estateWords the words of the estate searched (null: none, each server's worked out here) */
    public SearchText(Map<String, String> gradeDescriptions, EstateWords estateWords) {
        this.gradeDescriptions = gradeDescriptions == null ? Map.of() : Map.copyOf(gradeDescriptions);
        this.estateWords = estateWords;
    }

    /** The service's words for each grade code ("ssd" → "Premium SSD"), which the filter also matches. */
    public Map<String, String> gradeDescriptions() {
        return gradeDescriptions;
    }

    /** The server's name or hostname contains {@code needle} (lower case). */
    boolean serverContains(VirtualMachine vm, String needle) {
        if (hasSeparator(needle)) {
            return anyContains(serverWords(vm), needle);
        }
        return text(-1, vm).serverContains(needle);
    }

    /**
     * The server itself or one of its discs (by label, id or grade) contains {@code needle}.
     * {@code index}: where the server is in the estate's tree order, if the caller knows (saves a
     * lookup per server); -1 if not.
     */
    boolean serverOrDiscContains(int index, VirtualMachine vm, String needle) {
        if (hasSeparator(needle)) {
            return slowServerOrDiscContains(vm, needle);
        }
        if (text(index, vm).contains(needle)) {
            return true; // one search instead of ~26 (one per word)
        }
        Set<String> described = gradesDescribedBy(needle);
        if (!described.isEmpty()) {
            for (Disc disc : vm.discs()) {
                if (described.contains(disc.storageGrade())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** This disc matches {@code needle} by label, id or grade (code or words). */
    boolean discContains(VirtualMachine vm, Disc disc, String needle) {
        if (hasSeparator(needle)) {
            return anyContains(discWords(disc), needle);
        }
        List<Disc> discs = vm.discs();
        for (int i = 0; i < discs.size(); i++) {
            if (discs.get(i) == disc) {
                return text(-1, vm).discContains(i, needle) || gradesDescribedBy(needle).contains(disc.storageGrade());
            }
        }
        return anyContains(discWords(disc), needle); // a disc object from elsewhere
    }

    private ServerText text(int index, VirtualMachine vm) {
        ServerText known = estateWords == null ? null : estateWords.at(index, vm);
        return known != null ? known : others.computeIfAbsent(vm, ServerText::of);
    }

    private Set<String> gradesDescribedBy(String needle) {
        if (!needle.equals(gradesNeedle)) {
            Set<String> codes = new HashSet<>();
            gradeDescriptions.forEach((code, words) -> {
                if (words != null && lower(words).contains(needle)) {
                    codes.add(code);
                }
            });
            grades = codes;
            gradesNeedle = needle;
        }
        return grades;
    }

    /**
     * A needle holding the separator (typed by no one) is searched word by word, each worked out
     * again, so that it matches exactly the words that contain it.
     */
    private static boolean hasSeparator(String needle) {
        return needle.indexOf(EstateWords.SEPARATOR) >= 0;
    }

    private boolean slowServerOrDiscContains(VirtualMachine vm, String needle) {
        if (anyContains(serverWords(vm), needle)) {
            return true;
        }
        for (Disc disc : vm.discs()) {
            if (anyContains(discWords(disc), needle)) {
                return true;
            }
        }
        return false;
    }

    private static String[] serverWords(VirtualMachine vm) {
        return new String[] {lower(vm.name()), lower(vm.hostname())};
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
}
