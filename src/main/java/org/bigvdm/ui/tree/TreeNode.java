package org.bigvdm.ui.tree;

import java.util.List;

/**
 * One node of the server tree as the View shows it: plain data, no JavaFX, so the ViewModel can
 * build and test it without a toolkit. {@code key} is stable across refreshes.
 */
public record TreeNode(String key, Kind kind, String title, String badge, String tooltip,
                       Power power, List<TreeNode> children) {

    /** What the node stands for. */
    public enum Kind { ACCOUNT, GROUP, SERVER }

    /** A server's state, for its icon; NONE for accounts and groups. */
    public enum Power { ON, OFF, DELETED, NONE }

    public TreeNode {
        children = List.copyOf(children);
    }

    /** Same shown content, ignoring children: lets the View skip needless cell updates. */
    public boolean sameContent(TreeNode other) {
        return other != null && key.equals(other.key) && kind == other.kind && title.equals(other.title)
                && badge.equals(other.badge) && tooltip.equals(other.tooltip) && power == other.power;
    }
}
