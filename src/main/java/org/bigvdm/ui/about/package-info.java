/** The About dialog: version, log location, licence. View only; it has no state to test. */
package org.bigvdm.ui.about;
