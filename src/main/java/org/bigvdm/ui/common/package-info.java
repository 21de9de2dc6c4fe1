/**
 * Small helpers shared by several UI features (formatting, icons, styles). Helpers that a
 * ViewModel uses must not import {@code javafx.scene}; those for Views may.
 */
package org.bigvdm.ui.common;
