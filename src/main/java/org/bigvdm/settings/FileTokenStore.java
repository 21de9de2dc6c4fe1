package org.bigvdm.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.bigvdm.api.Endpoints;
import org.bigvdm.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens in {@code <state>/secrets/tokens.json}: the directory is created 0700 and the file
 * 0600 at creation (temp file + rename), so there is no moment when others could read them.
 * Used when no keyring answers, and in tests ({@code -Dbigvdm.keyring=off}).
 */
public final class FileTokenStore implements TokenStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {
    };

    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public FileTokenStore(Path file) {
        this.file = file;
    }

    public static FileTokenStore in(AppDirs dirs) {
        return new FileTokenStore(dirs.state().resolve("secrets").resolve("tokens.json"));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> load(Endpoints endpoints, String username) {
        return Optional.ofNullable(read().get(TokenStore.entryKey(endpoints, username)));
    }

    @Override
    public synchronized void save(Endpoints endpoints, String username, String token) {
        Map<String, String> all = read();
        all.put(TokenStore.entryKey(endpoints, username), token);
        write(all);
    }

    @Override
    public synchronized void forget(Endpoints endpoints, String username) {
        Map<String, String> all = read();
        if (all.remove(TokenStore.entryKey(endpoints, username)) != null) {
            write(all);
        }
    }

    @Override
    public String describe() {
        return "file " + file;
    }

    /** A secrets folder that already existed (made by hand, or by an old version) is closed to others too. */
    private void tightenDirectory() throws IOException {
        Path dir = file.getParent();
        if (AppDirs.posix() && !Files.getPosixFilePermissions(dir).equals(PRIVATE_DIR)) {
            LOG.info("Making {} readable only by you", dir);
            Files.setPosixFilePermissions(dir, PRIVATE_DIR);
        }
    }

    private Map<String, String> read() {
        try {
            return json.readValue(Files.readAllBytes(file), MAP);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            // never echo the content: it may hold tokens
            LOG.warn("Saved tokens in {} could not be read; signing in again will replace them", file);
            return new TreeMap<>();
        }
    }

    private void write(Map<String, String> all) {
        try {
            AppDirs.createPrivateDirectories(file.getParent());
            tightenDirectory();
            AtomicFiles.write(file, json.writeValueAsBytes(all), AtomicFiles.OWNER_ONLY);
        } catch (IOException e) {
            throw new TokenStoreException("Could not save the sign-in token to " + file + ": " + e.getMessage(), e);
        }
    }
}
