package org.bigvdm.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
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
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public FileTokenStore(Path file) {
        this(file, Clock.systemUTC());
    }

    /** {@code clock} names a damaged file kept aside. */
    public FileTokenStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public static FileTokenStore in(AppDirs dirs) {
        return new FileTokenStore(dirs.state().resolve("secrets").resolve("tokens.json"));
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> load(Endpoints endpoints, String username) {
        try {
            return Optional.ofNullable(read().get(TokenStore.entryKey(endpoints, username)));
        } catch (TokenStoreException e) {
            LOG.warn("{}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void save(Endpoints endpoints, String username, String token) {
        Map<String, String> all = read(); // throws rather than overwrite tokens it could not read
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

    /**
     * Every saved token. A file that is not a JSON object of strings (damaged, or {@code null})
     * is kept aside like a damaged settings file, never silently overwritten: the other accounts'
     * tokens in it stay recoverable. A file that exists but cannot be read throws.
     */
    private Map<String, String> read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new TokenStoreException("Saved sign-in tokens in " + file + " could not be read: " + e, e);
        }
        try {
            TreeMap<String, String> all = json.readerFor(MAP).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(bytes);
            if (all != null) {
                all.values().removeIf(Objects::isNull);
                return all;
            }
        } catch (IOException e) {
            // damaged: below (never echo the content, it may hold tokens)
        }
        keepDamagedAside();
        return new TreeMap<>();
    }

    private void keepDamagedAside() {
        try {
            Path aside = DamagedFiles.keepAside(file, clock);
            LOG.warn("Saved tokens in {} were damaged; kept the file as {}. Signing in again saves new ones", file, aside);
        } catch (IOException e) {
            throw new TokenStoreException("Saved sign-in tokens in " + file + " are damaged and could not be moved aside: "
                    + e.getMessage(), e);
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
