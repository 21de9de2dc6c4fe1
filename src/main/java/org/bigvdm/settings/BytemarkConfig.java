package org.bigvdm.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the official {@code bytemark} command-line tool has saved, read the way it reads it:
 * one value per file in {@code $BM_CONFIG_DIR} (default {@code ~/.bytemark/}), and the
 * environment ({@code BM_ENDPOINT}, {@code BM_AUTH_ENDPOINT}, {@code BM_USER},
 * {@code BM_ACCOUNT}) winning over the files. Each value is empty when not set.
 * {@link #toString()} hides the token.
 */
public record BytemarkConfig(Optional<String> token, Optional<String> user, Optional<String> account,
                             Optional<String> endpoint, Optional<String> authEndpoint) {

    private static final Logger LOG = LoggerFactory.getLogger(BytemarkConfig.class);

    /** Reads with the real environment and home directory. */
    public static BytemarkConfig load() {
        return read(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** @param env the environment to use (a plain map in tests) */
    public static BytemarkConfig read(Map<String, String> env, Path userHome) {
        Path dir = nonBlank(env.get("BM_CONFIG_DIR")).map(Path::of).orElse(userHome.resolve(".bytemark"));
        return new BytemarkConfig(
                file(dir, "token"),
                nonBlank(env.get("BM_USER")).or(() -> file(dir, "user")),
                nonBlank(env.get("BM_ACCOUNT")).or(() -> file(dir, "account")),
                nonBlank(env.get("BM_ENDPOINT")).or(() -> file(dir, "endpoint")),
                nonBlank(env.get("BM_AUTH_ENDPOINT")).or(() -> file(dir, "auth-endpoint")));
    }

    private static Optional<String> file(Path dir, String name) {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return nonBlank(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.info("Could not read {}: {}", f, e.toString());
            return Optional.empty();
        }
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    @Override
    public String toString() {
        return "BytemarkConfig[token=" + (token.isPresent() ? "***" : "none") + ", user=" + user.orElse("")
                + ", account=" + account.orElse("") + ", endpoint=" + endpoint.orElse("")
                + ", authEndpoint=" + authEndpoint.orElse("") + "]";
    }
}
