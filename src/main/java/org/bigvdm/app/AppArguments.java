package org.bigvdm.app;

import java.util.List;

/**
 * The command line the window understands. {@code --simulator} is handled earlier, by the
 * Launcher, because it starts no window.
 *
 * @param selfCheck start, wait until the tree and the first server's discs show, print the time
 *                  and exit 0 (non-zero with the reason on any error)
 * @param demo      use the embedded simulator even when an account is set up
 * @param select    a server name to select once loaded ({@code --select web1}), or null
 */
public record AppArguments(boolean selfCheck, boolean demo, String select) {

    public static AppArguments parse(List<String> raw) {
        int i = raw.indexOf("--select");
        String select = i >= 0 && i + 1 < raw.size() ? raw.get(i + 1) : null;
        return new AppArguments(raw.contains("--self-check"), raw.contains("--demo"), select);
    }
}
