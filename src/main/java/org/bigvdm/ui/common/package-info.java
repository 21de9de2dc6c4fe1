/**
 * Small helpers shared by several UI features: sizes in words, the tree's filter and the words it
 * searches, lists compared by identity. No {@code javafx.scene}.
 */
package org.bigvdm.ui.common;
