package org.bigvdm.app;

import java.util.List;

/**
 * The command line the window understands. {@code --simulator} is handled earlier, by the
 * Launcher, because it starts no window.
 *
 * @param selfCheck start, wait until the tree and the first server's discs show, print the time
 *                  and exit 0 (non-zero with the reason on any error)
 * @param demo      use the embedded simulator even when an account is set up
 */
public record AppArguments(boolean selfCheck, boolean demo) {

    public static AppArguments parse(List<String> raw) {
        return new AppArguments(raw.contains("--self-check"), raw.contains("--demo"));
    }
}
