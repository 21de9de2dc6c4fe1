/** Small helpers shared by several UI features: today, sizes in words. No {@code javafx.scene}. */
package org.bigvdm.ui.common;
