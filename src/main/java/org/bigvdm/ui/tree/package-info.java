/**
 * The server tree on the left: {@link org.bigvdm.ui.tree.ServerTreeViewModel} (plain data and
 * javafx.beans, tested without a toolkit) and its View, which only binds and reconciles tree
 * items by key so refreshes keep expansion and selection.
 */
package org.bigvdm.ui.tree;
