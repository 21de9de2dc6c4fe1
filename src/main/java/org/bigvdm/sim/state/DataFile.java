package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bigvdm.api.model.Json;
import org.bigvdm.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The estate as a JSON file, written whole or not at all and fsynced ({@link AtomicFiles}):
 * a crash leaves either the old or the new file. A symlinked file is written through; a FIFO,
 * a device or a directory is refused, not opened. A file that does not parse, or parses but
 * breaks the simulator's rules ({@link SnapshotRules}), stops the start with a message naming
 * the first problem, and is left as it is. A save that fails throws, so the change it was for
 * can be undone and refused instead of acknowledged and lost.
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

    /** The saved estate, or empty when there is no file yet; a file that cannot be used throws. */
    public Optional<Snapshot> load() {
        try {
            AtomicFiles.requireRegularOrAbsent(path);
            int stale = AtomicFiles.deleteStaleTemps(path);
            if (stale > 0) {
                LOG.info("Deleted {} temporary file(s) an interrupted save left beside {}", stale, path);
            }
            if (!Files.exists(path)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new SimDataException("Simulator data file " + path + " cannot be used: " + e.getMessage(), e);
        }
        Snapshot s = parse();
        if (s == null || s.accounts().isEmpty()) {
            throw new SimDataException("Simulator data file " + path + " holds no accounts", null);
        }
        SnapshotRules.firstProblem(s).ifPresent(problem -> {
            throw new SimDataException("Simulator data file " + path + " breaks the simulator's rules: " + problem, null);
        });
        return Optional.of(s);
    }

    /** Writes the estate; throws {@link SimDataException} when it could not be saved. */
    public void save(Snapshot snapshot) {
        try {
            Files.createDirectories(AtomicFiles.throughLinks(path).getParent());
            AtomicFiles.write(path, Json.mapper().writeValueAsBytes(snapshot), null);
        } catch (IOException e) {
            LOG.warn("Could not save simulator data to {} ({}): the change is refused", path, e.toString());
            throw new SimDataException("Could not save simulator data to " + path + ": " + e, e);
        }
    }

    private Snapshot parse() {
        try {
            return Json.mapper().readerFor(Snapshot.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(path.toFile());
        } catch (IOException e) {
            throw new SimDataException("Simulator data file " + path + " is not valid simulator data: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** The data file cannot be used or written; the message names the file. */
    public static final class SimDataException extends RuntimeException {
        public SimDataException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
