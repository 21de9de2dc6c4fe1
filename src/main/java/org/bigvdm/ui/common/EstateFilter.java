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
public record EstateFilter(String needle, Map<String, String> gradeDescriptions) {
    /** No filter: everything matches. */
    public static final EstateFilter NONE = new EstateFilter("");

    public EstateFilter {
        needle = needle == null ? "" : needle.strip().toLowerCase(Locale.ROOT);
        gradeDescriptions = gradeDescriptions == null ? Map.of() : Map.copyOf(gradeDescriptions);
    }

    /** Grades matched by their code only. */
    public EstateFilter(String needle) {
        this(needle, Map.of());
    }

    public boolean isActive() {
        return !needle.isEmpty();
    }

    /** The server itself (name or hostname) matches. */
    public boolean matchesServerItself(VirtualMachine vm) {
        return !isActive() || contains(vm.name()) || contains(vm.hostname());
    }

    /** The server or one of its discs matches. */
    public boolean matchesServer(VirtualMachine vm) {
        return matchesServerItself(vm) || vm.discs().stream().anyMatch(this::matchesDiscItself);
    }

    /** A disc is listed when its server itself matches or the disc does. */
    public boolean matchesDisc(VirtualMachine vm, Disc disc) {
        return matchesServerItself(vm) || matchesDiscItself(disc);
    }

    private boolean matchesDiscItself(Disc disc) {
        return contains(disc.label()) || contains(Long.toString(disc.id())) || contains(disc.storageGrade())
                || contains(disc.storageGrade() == null ? null : gradeDescriptions.get(disc.storageGrade()));
    }

    private boolean contains(String haystack) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }
}
