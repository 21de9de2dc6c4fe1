package org.bigvdm.service;

import java.util.List;

/** Comparing lists by their elements' identity: equal rows or items of an older read are not the same. */
public final class IdentityLists {
    private IdentityLists() {
    }

    /** Same size, and the very same object at each position. */
    public static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
