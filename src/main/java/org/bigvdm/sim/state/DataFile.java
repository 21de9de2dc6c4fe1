package org.bigvdm.sim.state;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.bigvdm.api.model.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The estate as a JSON file. Writes go to a temporary file in the same folder, then an atomic
 * rename, so a crash leaves either the old or the new file, never half of one.
 */
public final class DataFile {
    private static final Logger LOG = LoggerFactory.getLogger(DataFile.class);
    private final Path path;

    public DataFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** The saved estate, or empty when there is no file yet; a file that cannot be read throws. */
    public Optional<Snapshot> load() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            Snapshot s = Json.mapper().readValue(path.toFile(), Snapshot.class);
            if (s == null || s.accounts().isEmpty()) {
                throw new SimDataException("Simulator data file " + path + " holds no accounts", null);
            }
            return Optional.of(s);
        } catch (IOException e) {
            throw new SimDataException("Simulator data file " + path + " is not valid simulator data: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public void save(Snapshot snapshot) {
        try {
            Path dir = path.getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try {
                Json.mapper().writeValue(temp.toFile(), snapshot);
                try {
                    Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // The simulator keeps running from memory; the next change tries again.
            LOG.warn("Could not save simulator data to {}: {}", path, e.toString());
        }
    }

    /** The data file exists but cannot be used; the message names the file. */
    public static final class SimDataException extends RuntimeException {
        public SimDataException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
