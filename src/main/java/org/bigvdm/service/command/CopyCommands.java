package org.bigvdm.service.command;

import java.util.Optional;

/**
 * A change as commands to copy.
 *
 * @param bytemark the official tool's command, or empty when it cannot say this (then {@code why})
 * @param why      why there is no {@code bytemark} command, or ""
 * @param curl     the request itself, with the token as {@code $BYTEMARK_TOKEN}
 */
public record CopyCommands(Optional<String> bytemark, String why, String curl) {

    /** Both, one per line: the {@code bytemark} command (or a comment saying why not), then curl. */
    public String text() {
        return bytemark.map(b -> b + "\n").orElse("# " + why + "\n") + curl;
    }
}
