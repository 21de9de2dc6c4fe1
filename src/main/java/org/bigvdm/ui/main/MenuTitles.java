package org.bigvdm.ui.main;

import java.util.List;

/**
 * The menu bar's menus, by their text: the real menu bar, the features that add items to a menu
 * and the first frame's skeleton all name them from here, so they cannot drift apart.
 */
public final class MenuTitles {
    public static final String FILE = "_File";
    public static final String DISC = "_Disc";
    public static final String SERVER = "_Server";
    public static final String VIEW = "_View";
    public static final String HELP = "_Help";
    /** In the order the menu bar shows them. */
    public static final List<String> IN_ORDER = List.of(FILE, DISC, SERVER, VIEW, HELP);

    private MenuTitles() {
    }
}
