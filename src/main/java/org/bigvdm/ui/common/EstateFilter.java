package org.bigvdm.ui.common;

import java.util.Locale;
import java.util.Map;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/**
 * What the filter above the tree matches, as typed (case ignored): a server by name or hostname,
 * a disc by label, id or grade (its code "ssd" or the service's words "Premium SSD"). A server matches when it or any of its discs does; the tree shows
 * the servers that match and the disc table, for a group or account, the discs that do.
 */
public record EstateFilter(String needle, SearchText words) {
    /** No filter: everything matches. */
    public static final EstateFilter NONE = new EstateFilter("");

    /**
     * @param words the searched words, kept by the caller while its estate lasts (null: worked out
     *              afresh, grades by their code only)
     */
    public EstateFilter {
        needle = needle == null ? "" : needle.strip().toLowerCase(Locale.ROOT);
        words = words == null ? new SearchText(Map.of()) : words;
    }

    /** Grades matched by their code only. */
    public EstateFilter(String needle) {
        this(needle, (SearchText) null);
    }

    /** Grades matched by their code and by these words ("ssd" → "Premium SSD"). */
    public EstateFilter(String needle, Map<String, String> gradeDescriptions) {
        this(needle, new SearchText(gradeDescriptions));
    }

    public Map<String, String> gradeDescriptions() {
        return words.gradeDescriptions();
    }

    public boolean isActive() {
        return !needle.isEmpty();
    }

    /** The server itself (name or hostname) matches. */
    public boolean matchesServerItself(VirtualMachine vm) {
        return !isActive() || words.serverContains(vm, needle);
    }

    /** The server or one of its discs matches. */
    public boolean matchesServer(VirtualMachine vm) {
        return matchesServer(-1, vm);
    }

    /**
     * The server or one of its discs matches; {@code index} is where it is in its estate's tree
     * order ({@link org.bigvdm.service.EstateWords}), which saves a lookup per server.
     */
    public boolean matchesServer(int index, VirtualMachine vm) {
        return !isActive() || words.serverOrDiscContains(index, vm, needle);
    }

    /** A disc is listed when its server itself matches or the disc does. */
    public boolean matchesDisc(VirtualMachine vm, Disc disc) {
        return matchesServerItself(vm) || words.discContains(vm, disc, needle);
    }
}
