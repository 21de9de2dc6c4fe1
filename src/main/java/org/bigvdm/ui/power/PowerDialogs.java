package org.bigvdm.ui.power;

import java.time.Duration;
import java.util.List;

/**
 * What the power actions ask the user. The app shows dialogs over the main window; tests answer
 * directly.
 */
public interface PowerDialogs {

    /**
     * One question before an action that disturbs running servers.
     *
     * @param servers every server it applies to, named in the dialog
     * @param warning shown with emphasis (a reset does not apply disc changes), or null
     * @param danger  the action cannot be taken back gently (a hard stop)
     * @param command what the action would send for every server, as the bytemark commands and the
     *                curl requests (token as $BYTEMARK_TOKEN), for "Copy as command"; null for none
     */
    record Confirmation(String title, String question, String detail, List<String> servers, String warning,
                        String actionText, boolean danger, String command) {
        public Confirmation {
            servers = List.copyOf(servers);
        }

        public Confirmation(String title, String question, String detail, List<String> servers, String warning,
                            String actionText, boolean danger) {
            this(title, question, detail, servers, warning, actionText, danger, null);
        }

        /** The same question, offering {@code command} to copy. */
        public Confirmation withCommand(String command) {
            return new Confirmation(title, question, detail, servers, warning, actionText, danger, command);
        }
    }

    /** True when the user chose the action. */
    boolean confirm(Confirmation confirmation);

    /** What to do with a server that did not power off in time. */
    enum HardStopChoice {
        /** Stop it hard now (and for a restart, start it again). */
        STOP_NOW,
        /** Wait as long again. */
        KEEP_WAITING,
        /** Leave it running as it is. */
        LEAVE
    }

    /** A shutdown waited {@code waited} and the server is still on: offer a hard stop, never do one. */
    HardStopChoice offerHardStop(String serverName, Duration waited, boolean restarting);
}
